/** The shop's own customer and address attributes, as the operator declares them in {@code attributes.file}. */
package com.customeraccounts.persistence.attribute;
