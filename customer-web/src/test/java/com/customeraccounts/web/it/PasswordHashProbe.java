package com.customeraccounts.web.it;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * Test-only, deployed beside the packaged WAR ({@link SystemTestServer}), for {@link PasswordAndConfirmationIT}:
 * a customer's stored password hash, read, or written as a customer brought over from Magento would have it.
 */
@Path("V1/it-probe/password-hash")
public class PasswordHashProbe {

    @PUT
    @Path("{customerId}")
    @Consumes("text/plain")
    public String write(@PathParam("customerId") long customerId, String hash) throws Exception {
        try (Connection c = database().getConnection();
                PreparedStatement update =
                        c.prepareStatement("UPDATE customer_entity SET password_hash = ? WHERE entity_id = ?")) {
            update.setString(1, hash);
            update.setLong(2, customerId);
            return String.valueOf(update.executeUpdate() == 1);
        }
    }

    @GET
    @Path("{customerId}")
    @Produces("text/plain")
    public String read(@PathParam("customerId") long customerId) throws Exception {
        try (Connection c = database().getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT password_hash FROM customer_entity WHERE entity_id = ?")) {
            select.setLong(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private static DataSource database() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/customers");
    }
}
