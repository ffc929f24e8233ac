/** The data source, its schema migrations, and what runs once the application starts. */
package com.customeraccounts.persistence.database;
