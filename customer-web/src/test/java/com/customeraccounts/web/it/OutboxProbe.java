package com.customeraccounts.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/**
 * Test-only, deployed beside the packaged WAR ({@link SystemTestServer}), for {@link PasswordAndConfirmationIT},
 * {@link CsvImportIT} and {@link RequestTracingIT}: a customer's rows in {@code email_outbox}, every column as text, which is what a
 * reader of the database (or of a backup of it) would find.
 */
@Path("V1/it-probe/outbox")
public class OutboxProbe {

    @GET
    @Path("{customerId}")
    @Produces("application/json")
    public String rows(@PathParam("customerId") long customerId) throws Exception {
        DataSource database = InitialContext.doLookup("java:app/jdbc/customers");
        try (Connection c = database.getConnection();
                PreparedStatement select =
                        c.prepareStatement("SELECT * FROM email_outbox WHERE customer_id = ? ORDER BY id")) {
            select.setLong(1, customerId);
            JsonArrayBuilder rows = Json.createArrayBuilder();
            try (ResultSet row = select.executeQuery()) {
                ResultSetMetaData columns = row.getMetaData();
                while (row.next()) {
                    JsonObjectBuilder json = Json.createObjectBuilder();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        String value = row.getString(i);
                        json.add(columns.getColumnName(i).toLowerCase(), value == null ? "" : value);
                    }
                    rows.add(json);
                }
            }
            return rows.build().toString();
        }
    }
}
