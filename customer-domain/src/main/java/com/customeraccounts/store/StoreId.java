package com.customeraccounts.store;

/**
 * A store view's id, Magento's {@code store.store_id}; 0 is the admin store view. Any int is an id, the
 * stores decide whether it names a store view: Magento answers an unknown or negative one by not finding it.
 */
public record StoreId(int value) {

    public static final StoreId ADMIN = new StoreId(0);

    public static StoreId of(int value) {
        return new StoreId(value);
    }

    /** An id a request may leave out: {@code null} stays {@code null}. */
    public static StoreId ofNullable(Integer value) {
        return value == null ? null : new StoreId(value);
    }

    /** Magento reads an absent store id and 0 alike as "not set" in a request. */
    public static boolean isSet(StoreId id) {
        return id != null && !id.isAdmin();
    }

    public boolean isAdmin() {
        return value == 0;
    }

    /** The bare number: messages and the pull's fingerprints print it as they printed the int. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
