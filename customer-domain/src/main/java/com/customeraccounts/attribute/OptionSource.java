package com.customeraccounts.attribute;

/** Where an attribute's options come from when it is described: fixed, or the service's current data. */
public enum OptionSource {
    /** No options. */
    NONE,
    /** The options given with the attribute (declared, or Magento's gender). */
    FIXED,
    /** The websites ({@code website_id}). */
    WEBSITES,
    /** The store views ({@code store_id}). */
    STORE_VIEWS,
    /** The customer groups a signed-in customer may be in ({@code group_id}). */
    GROUPS,
    /** The countries ({@code country_id}), after a blank option. */
    COUNTRIES
}
