package com.customeraccounts.migration.pull;

/** Opens sessions on the configured Magento database ({@code magento.db.url}, {@code .user}, {@code .password}). */
public interface MagentoSources {

    boolean configured();

    MagentoSource open();
}
