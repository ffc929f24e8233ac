/**
 * Infrastructure adapters behind the domain's ports: the JPA repositories (a separate persistence model,
 * mapped to and from the aggregates by package-private mappers), the data source and its migrations,
 * MicroProfile Config, and the reference data (stores, directory) read at start-up.
 */
package com.customeraccounts.persistence;
