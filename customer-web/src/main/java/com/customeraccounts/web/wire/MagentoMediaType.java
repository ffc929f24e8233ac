package com.customeraccounts.web.wire;

import jakarta.ws.rs.core.MediaType;

/** What Magento answers with. */
public final class MagentoMediaType {

    public static final String JSON_UTF8 = "application/json; charset=utf-8";
    public static final MediaType JSON_UTF8_TYPE = MediaType.valueOf(JSON_UTF8);

    private MagentoMediaType() {}
}
