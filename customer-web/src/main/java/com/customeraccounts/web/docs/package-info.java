/** The API's own description: Magento's schema URL, serving the MicroProfile OpenAPI document that ReDoc renders at {@code /}. */
package com.customeraccounts.web.docs;
