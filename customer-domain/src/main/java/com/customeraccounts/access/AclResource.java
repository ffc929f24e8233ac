package com.customeraccounts.access;

/** Magento's ACL resource ids ({@code Magento_Customer/etc/acl.xml} and the other modules' named here). */
public final class AclResource {

    public static final String ALL = "Magento_Backend::all";
    public static final String CUSTOMER = "Magento_Customer::customer";
    public static final String MANAGE = "Magento_Customer::manage";
    public static final String ACTIONS = "Magento_Customer::actions";
    public static final String DELETE = "Magento_Customer::delete";
    public static final String RESET_PASSWORD = "Magento_Customer::reset_password";
    public static final String INVALIDATE_TOKENS = "Magento_Customer::invalidate_tokens";
    public static final String ONLINE = "Magento_Customer::online";
    public static final String GROUP = "Magento_Customer::group";
    public static final String STORE = "Magento_Backend::store";
    /** Magento's CSV import API ({@code Magento_ImportCsvApi/etc/acl.xml}). */
    public static final String IMPORT_CSV = "Magento_ImportCsvApi::import_api";
    /** The pseudo-resource of routes that act on the calling customer ({@code /V1/customers/me}). */
    public static final String SELF = "self";

    private AclResource() {}
}
