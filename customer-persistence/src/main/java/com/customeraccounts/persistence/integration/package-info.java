/**
 * Magento integrations: the ones declared in {@code integrations.file}, and the OAuth 1.0a nonces they have
 * used, kept in the database so that no instance accepts a replayed request.
 */
package com.customeraccounts.persistence.integration;
