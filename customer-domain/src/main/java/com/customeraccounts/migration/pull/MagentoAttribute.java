package com.customeraccounts.migration.pull;

import com.customeraccounts.attribute.AttributeEntity;
import java.util.Map;

/**
 * One of a Magento shop's own attributes ({@code eav_attribute.is_user_defined}): its id and code, its input,
 * its options' admin labels by option id, and how many values Magento holds for it.
 */
public record MagentoAttribute(
        long id,
        AttributeEntity entity,
        String code,
        String frontendInput,
        Map<String, String> optionLabels,
        long valueCount) {

    public MagentoAttribute {
        optionLabels = Map.copyOf(optionLabels);
    }
}
