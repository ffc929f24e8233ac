package com.customeraccounts.persistence.database;

import com.customeraccounts.customer.LikePattern;

/**
 * {@code SQL_LIKE(value, pattern)} for H2, whose own {@code LIKE} backtracks exponentially in the number of
 * {@code %}: forty of them in a search would hold a worker for hours. Registered by the H2 migration in
 * {@code db/vendor/h2}, which names this class; PostgreSQL's function of the same name is its own LIKE.
 */
public final class SqlLike {

    private SqlLike() {
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
