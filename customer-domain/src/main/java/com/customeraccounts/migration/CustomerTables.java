package com.customeraccounts.migration;

import com.customeraccounts.attribute.AttributeEntity;
import com.customeraccounts.store.ShareScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customer and address rows read and written straight in the tables, in batches, inside the caller's
 * transaction: for migrations, which bring whole customers over with their addresses and must not go
 * through the aggregate (no events, no email, no per-row work of the object mapper).
 */
public interface CustomerTables {

    /** Opens a unit of work on one connection of the caller's transaction. */
    Batch open();

    /** (email key, share scope): how a customer is found by email. */
    record EmailKey(String emailKey, ShareScope shareScope) {}

    /**
     * Writes are queued and sent in JDBC batches on {@link #flush()} (and on close), in an order that keeps
     * every foreign key: customer inserts and updates, then address inserts, updates and deletes, then
     * customer deletes. Reads see what was flushed before them.
     */
    interface Batch extends AutoCloseable {

        List<CustomerRow> customersByEmail(Collection<EmailKey> keys);

        List<AddressRow> addressesById(Collection<Long> ids);

        List<AddressRow> addressesOf(Collection<Long> customerIds);

        /** An id from the customer sequence, taken in the blocks the object mapper takes them in. */
        long nextCustomerId();

        /** An id from the address sequence, likewise. */
        long nextAddressId();

        /**
         * Makes ids up to {@code highest} safe to write explicitly: the address sequence moves past it and
         * this instance forgets the blocks it had taken but not used, so none of them is handed out later.
         */
        void reserveAddressIdsUpTo(long highest);

        /** Likewise for customer ids. */
        void reserveCustomerIdsUpTo(long highest);

        void insertCustomer(CustomerRow customer);

        /** Rewrites every column of the row, and counts up its version. */
        void updateCustomer(CustomerRow customer);

        /** Deletes the customer with its addresses and tokens. */
        void deleteCustomer(long customerId);

        void insertAddress(AddressRow address);

        void updateAddress(AddressRow address);

        void deleteAddress(long addressId);

        /**
         * Sets these declared attribute values of a customer or an address (written, like its row, in this batch)
         * and removes those named in {@code cleared}; its other values stay.
         */
        void setAttributes(AttributeEntity entity, long ownerId, Map<String, String> set, Set<String> cleared);

        void flush();

        @Override
        void close();
    }
}
