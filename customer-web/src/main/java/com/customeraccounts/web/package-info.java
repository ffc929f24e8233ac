/**
 * The edge: Magento's REST customer API over JAX-RS. Resources translate Magento-shaped JSON to the
 * domain's use cases and back; one place turns failures into Magento's error body. Nothing here touches
 * an entity or holds a business rule.
 */
package com.customeraccounts.web;
