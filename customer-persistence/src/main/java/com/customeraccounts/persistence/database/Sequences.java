package com.customeraccounts.persistence.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The id sequences as the object mapper uses them: they step by {@value #BLOCK}, and a value N taken from one
 * stands for the block of ids {@code N-49 .. N} (EclipseLink's preallocation), so ids taken here in whole
 * blocks never meet the mapper's. Moving a sequence past an id written explicitly uses {@code setval} on
 * PostgreSQL (no lock held to the end of the transaction) and {@code ALTER SEQUENCE … RESTART} on H2 (which
 * takes effect at once and commits nothing). After a move, the ids an instance reserved ahead
 * ({@code ReservedIds}) may lie below it, and are dropped.
 */
public final class Sequences {

    public static final int BLOCK = 50;
    public static final String CUSTOMER = "customer_entity_seq";
    public static final String ADDRESS = "customer_address_entity_seq";

    private final Connection connection;
    private final boolean postgres;

    public Sequences(Connection connection) {
        this.connection = connection;
        this.postgres = DatabaseVendor.of(connection) == DatabaseVendor.POSTGRESQL;
    }

    /** The next value of the sequence: the last id of a block of {@value #BLOCK}. */
    public long next(String sequence) {
        String sql = postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take a value of " + sequence + ": " + e.getMessage(), e);
        }
    }

    /** Moves both sequences past the highest customer and address id stored. */
    public void moveAboveStoredIds() {
        moveAbove(CUSTOMER, highestId("customer_entity"));
        moveAbove(ADDRESS, highestId("customer_address_entity"));
    }

    private long highestId(String table) {
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery("SELECT COALESCE(MAX(entity_id), 0) FROM " + table)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the highest id of " + table + ": " + e.getMessage(), e);
        }
    }

    /** Moves the sequence so that every block it hands out from now on lies above {@code highest}. */
    public void moveAbove(String sequence, long highest) {
        long lastOfBlock = (highest + BLOCK - 1) / BLOCK * BLOCK;
        try {
            if (postgres) {
                try (PreparedStatement s = connection.prepareStatement("SELECT setval('" + sequence + "', GREATEST(?, "
                        + "(SELECT last_value FROM " + sequence + ")))")) {
                    s.setLong(1, lastOfBlock);
                    s.executeQuery().close();
                }
                return;
            }
            long nextWanted = lastOfBlock + BLOCK;
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE UPPER(SEQUENCE_NAME) = ?")) {
                s.setString(1, sequence.toUpperCase(Locale.ROOT));
                try (ResultSet row = s.executeQuery()) {
                    if (row.next() && row.getLong(1) >= nextWanted) {
                        return;
                    }
                }
            }
            try (Statement s = connection.createStatement()) {
                s.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + nextWanted);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move " + sequence + ": " + e.getMessage(), e);
        }
    }
}
