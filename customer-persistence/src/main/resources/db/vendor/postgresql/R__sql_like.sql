-- SQL_LIKE(value, pattern): 1, 0 or null by PostgreSQL's own LIKE (backslash escapes), which gives up on a failed % branch
-- and so stays polynomial. H2 has a function of the same name; the search calls it on both.
CREATE OR REPLACE FUNCTION sql_like(value TEXT, pattern TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT (value LIKE pattern)::INTEGER';
