package com.customeraccounts.store;

/**
 * A website's id, Magento's {@code store_website.website_id}; 0 is the admin website. Any int is an id, the
 * stores decide whether it names a website: Magento answers an unknown or negative one by not finding it.
 */
public record WebsiteId(int value) {

    public static final WebsiteId ADMIN = new WebsiteId(0);

    public static WebsiteId of(int value) {
        return new WebsiteId(value);
    }

    /** An id a request may leave out: {@code null} stays {@code null}. */
    public static WebsiteId ofNullable(Integer value) {
        return value == null ? null : new WebsiteId(value);
    }

    /** Magento reads an absent website id and 0 alike as "not set" in a request. */
    public static boolean isSet(WebsiteId id) {
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
