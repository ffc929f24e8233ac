-- The instances of a cluster that may answer from what they keep in memory: each holds a lease here, which it
-- renews every second. A change made on one instance is told to every other listed here through the data grid;
-- one that does not answer in time has its lease revoked, and the change waits until that lease has run out.
CREATE TABLE kept_reads_member (
    member_id VARCHAR(36) PRIMARY KEY,
    lease_until TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked BOOLEAN NOT NULL DEFAULT FALSE
);
