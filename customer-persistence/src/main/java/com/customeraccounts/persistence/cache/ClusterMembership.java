package com.customeraccounts.persistence.cache;

import com.customeraccounts.lifecycle.ServiceStarted;
import com.customeraccounts.persistence.database.DatabaseShare;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Once started, a cluster's member on a shared PostgreSQL database joins the others in keeping what it reads
 * ({@link ClusterLeases}) through Payara's data grid; it leaves when the application stops.
 */
@ApplicationScoped
class ClusterMembership {

    /** Where Payara binds its Hazelcast instance. */
    static final String GRID = "payara/Hazelcast";

    private static final Logger LOG = Logger.getLogger(ClusterMembership.class.getName());

    void join(@Observes ServiceStarted started) {
        if (DatabaseShare.singleInstance()) {
            return;
        }
        HazelcastInstance grid;
        try {
            grid = InitialContext.doLookup(GRID);
        } catch (NamingException | ClassCastException e) {
            LOG.info("No data grid: this instance keeps nothing it reads in memory, and its changes wait out the "
                    + "leases of the instances that do");
            return;
        }
        if (grid.getLifecycleService().isRunning() && ClusterLeases.join(new GridTopic(grid))) {
            LOG.info(() -> "This instance keeps the customers and tokens it reads in memory with the data grid '"
                    + grid.getConfig().getClusterName() + "': every change made on any member is forgotten on "
                    + "every other before it returns");
        }
    }

    @PreDestroy
    void leave() {
        ClusterLeases.leave();
    }
}
