package com.customeraccounts.web.json;

import com.customeraccounts.config.ConfigPath;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.error.InputException;
import com.customeraccounts.error.Parameters;
import com.customeraccounts.error.Phrase;
import com.customeraccounts.store.Website;

/**
 * Magento's web API input limits ({@code webapi/validation/*}, on by default since 2.4.4): how many items a
 * list of objects may carry ({@code EntityArrayValidator}), the largest page a search may ask for
 * ({@code SearchCriteriaValidator}) and the page it gets when it asks for none ({@code DefaultPageSizeSetter}).
 * With {@code input_limit_enabled} at 0 there are none of them.
 */
public record InputLimits(boolean enabled, int complexArrayLimit, int maximumPageSize, int defaultPageSize) {

    static final String TOO_MANY_ITEMS = "Maximum items of type \"%type\" is %max";
    static final String PAGE_TOO_LARGE = "Maximum SearchCriteria pageSize is %max";

    /** The limits of a request's website, read like any other Magento config path. */
    public static InputLimits of(StoreConfig config, Website website) {
        return new InputLimits(
                config.flag(ConfigPath.INPUT_LIMIT_ENABLED, website),
                config.intValue(ConfigPath.COMPLEX_ARRAY_LIMIT, website),
                config.intValue(ConfigPath.MAXIMUM_PAGE_SIZE, website),
                config.intValue(ConfigPath.DEFAULT_PAGE_SIZE, website));
    }

    /** @throws InputException naming the item type, as Magento does, when the list is longer than allowed */
    void checkItems(String itemType, int count) {
        if (enabled && count > complexArrayLimit) {
            throw InputException.of(
                    Phrase.of(TOO_MANY_ITEMS, Parameters.named("type", itemType, "max", complexArrayLimit)));
        }
    }

    /**
     * The page size a search runs with: the requested one, or the default page size when none (or 0, which
     * Magento's collections read as "every row") was asked for.
     *
     * @throws InputException when the requested page is larger than the maximum page size
     */
    public Integer pageSize(Integer requested) {
        if (!enabled) {
            return requested;
        }
        if (requested != null && requested > maximumPageSize) {
            throw InputException.of(Phrase.of(PAGE_TOO_LARGE, Parameters.named("max", maximumPageSize)));
        }
        return requested == null || requested == 0 ? defaultPageSize : requested;
    }
}
