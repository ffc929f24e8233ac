/** Magento's attribute metadata routes ({@code /V1/attributeMetadata/customer…}, {@code …/customerAddress…}). */
package com.customeraccounts.web.attribute;
