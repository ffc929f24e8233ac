package com.customeraccounts.store;

/**
 * The scope a customer's email is unique in, as Magento stores it beside the customer: the website's id
 * when accounts are shared per website, 0 when they are shared globally.
 */
public record ShareScope(int value) {

    public static final ShareScope GLOBAL = new ShareScope(0);

    public static ShareScope of(int value) {
        return new ShareScope(value);
    }

    public static ShareScope of(WebsiteId website) {
        return new ShareScope(website.value());
    }

    /** The bare number: messages and the pull's fingerprints print it as they printed the int. */
    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
