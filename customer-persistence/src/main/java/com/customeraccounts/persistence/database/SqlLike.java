package com.customeraccounts.persistence.database;

import com.customeraccounts.customer.LikePattern;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * {@code SQL_LIKE(value, pattern)} for H2, whose own {@code LIKE} backtracks exponentially in the number of
 * {@code %}: forty of them in a search would hold a worker for hours. Registered by the H2 migration in
 * {@code db/vendor/h2}, which names this class; PostgreSQL's function of the same name is its own LIKE.
 */
public final class SqlLike {

    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private SqlLike() {}

    /**
     * Lets H2 find this class by name. In an application server H2 is loaded by the server's own class
     * loader, which cannot see the application's classes; H2's class factories are its way in.
     */
    static void registerWithH2() {
        if (REGISTERED.compareAndSet(false, true)) {
            JdbcUtils.addClassFactory(new Utils.ClassFactory() {
                @Override
                public boolean match(String name) {
                    return name.equals(SqlLike.class.getName());
                }

                @Override
                public Class<?> loadClass(String name) {
                    return SqlLike.class;
                }
            });
        }
    }

    /**
     * 1 for a match, 0 for none, null when either side is null (SQL's unknown). A number rather than a
     * boolean, since EclipseLink compares predicates' results with integers on H2.
     */
    public static Integer matches(String value, String pattern) {
        if (value == null || pattern == null) {
            return null;
        }
        return LikePattern.matches(value, pattern) ? 1 : 0;
    }
}
