/**
 * The customer and address attributes as Magento describes them ({@code AttributeMetadataInterface}): Magento's
 * system attributes with their fixed definitions, and the shop's own attributes the operator declares in
 * {@code attributes.file}. Read by the metadata routes ({@code /V1/attributeMetadata/*}).
 */
package com.customeraccounts.attribute;
