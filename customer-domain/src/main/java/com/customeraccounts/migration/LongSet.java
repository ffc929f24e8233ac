package com.customeraccounts.migration;

import java.util.Arrays;

/**
 * A set of longs in one array (open addressing): what an import remembers of every row it has seen, at
 * 16 bytes a row whatever the file's size, where a set of strings would cost a hundred.
 */
final class LongSet {

    private static final long FREE = Long.MIN_VALUE;

    private long[] slots = filled(1 << 10);
    private int size;

    private static long[] filled(int capacity) {
        long[] slots = new long[capacity];
        Arrays.fill(slots, FREE);
        return slots;
    }

    /** @return whether the value was new */
    boolean add(long value) {
        long v = value == FREE ? FREE + 1 : value;
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (slots[i] != FREE) {
            if (slots[i] == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
        return true;
    }

    boolean contains(long value) {
        long v = value == FREE ? FREE + 1 : value;
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (slots[i] != FREE) {
            if (slots[i] == v) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    private void grow() {
        long[] old = slots;
        slots = filled(old.length * 2);
        size = 0;
        for (long v : old) {
            if (v != FREE) {
                add(v);
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** A 64-bit fingerprint of a text and a number, for sets of keys such as (email, website). */
    static long fingerprint(String text, long number) {
        long h = 0xcbf29ce484222325L ^ number * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }
}
