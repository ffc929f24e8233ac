-- SQL_LIKE(value, pattern): 1, 0 or null by LIKE with backslash escapes, in time bounded by the product of the lengths
-- (H2's own LIKE is exponential in the number of %). The class is the application's; renaming it needs a
-- change here, which makes Flyway run this file again.
CREATE ALIAS IF NOT EXISTS SQL_LIKE DETERMINISTIC FOR 'com.customeraccounts.persistence.database.SqlLike.matches';
