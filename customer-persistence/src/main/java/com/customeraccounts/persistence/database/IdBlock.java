package com.customeraccounts.persistence.database;

import java.util.function.LongSupplier;

/**
 * Ids from a sequence, a block of {@value Sequences#BLOCK} per value taken: a value N stands for the ids
 * {@code N-49 .. N}, as EclipseLink's preallocation reads the same sequences. Safe to share between threads;
 * only one in {@value Sequences#BLOCK} calls reads the sequence.
 */
public final class IdBlock {

    private final LongSupplier sequence;
    private long next;
    private long last = -1;

    /** {@code sequence} takes the sequence's next value (the last id of a new block). */
    public IdBlock(LongSupplier sequence) {
        this.sequence = sequence;
    }

    public synchronized long next() {
        if (next > last) {
            long taken = sequence.getAsLong();
            last = taken;
            next = taken - Sequences.BLOCK + 1;
        }
        return next++;
    }

    /** Drops the ids left in the block: the next comes from a new value of the sequence. */
    public synchronized void forget() {
        next = 0;
        last = -1;
    }
}
