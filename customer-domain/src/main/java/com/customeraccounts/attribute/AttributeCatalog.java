package com.customeraccounts.attribute;

import com.customeraccounts.customer.CustomerGroups;
import com.customeraccounts.directory.Directory;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.store.Stores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The attributes of the customer and of its addresses as the metadata routes list them: Magento's system ones
 * and the shop's declared ones, with the options of the service's current websites, store views, groups and
 * countries.
 */
@ApplicationScoped
@Transactional
public class AttributeCatalog {

    private DeclaredAttributes declared;
    private Stores stores;
    private CustomerGroups groups;
    private Directory directory;

    protected AttributeCatalog() {}

    @Inject
    public AttributeCatalog(DeclaredAttributes declared, Stores stores, CustomerGroups groups, Directory directory) {
        this.declared = declared;
        this.stores = stores;
        this.groups = groups;
        this.directory = directory;
    }

    /** Every attribute of the entity: Magento's in their set's order, then the shop's by sort order. */
    public List<AttributeMetadata> all(AttributeEntity entity) {
        return resolved(unresolved(entity));
    }

    /** The shop's own attributes: on a stock Magento there are none. */
    public List<AttributeMetadata> custom(AttributeEntity entity) {
        return resolved(declaredInOrder(entity));
    }

    /** As {@link #all}, their options not yet read: only the attributes answered are resolved. */
    private List<AttributeMetadata> unresolved(AttributeEntity entity) {
        List<AttributeMetadata> all = new ArrayList<>(SystemAttributes.of(entity));
        all.addAll(declaredInOrder(entity));
        return all;
    }

    private List<AttributeMetadata> declaredInOrder(AttributeEntity entity) {
        return declared.of(entity).stream()
                .sorted(Comparator.comparingInt(AttributeMetadata::sortOrder))
                .toList();
    }

    /** @throws NoSuchEntityException Magento's, naming the entity type and the code, when there is none */
    public AttributeMetadata attribute(AttributeEntity entity, String code) {
        return unresolved(entity).stream()
                .filter(a -> a.attributeCode().equals(code))
                .findFirst()
                .map(this::resolved)
                .orElseThrow(
                        () -> NoSuchEntityException.doubleField("entityType", entity.code(), "attributeCode", code));
    }

    /**
     * The attributes of a form, Magento's first, each group by sort order.
     *
     * @throws NoSuchEntityException Magento's, naming the form code, when no attribute is in it
     */
    public List<AttributeMetadata> form(AttributeEntity entity, String formCode) {
        List<AttributeMetadata> inForm = unresolved(entity).stream()
                .filter(a -> a.forms().contains(formCode))
                .sorted(Comparator.comparing(AttributeMetadata::userDefined)
                        .thenComparingInt(AttributeMetadata::sortOrder))
                .toList();
        if (inForm.isEmpty()) {
            throw NoSuchEntityException.singleField("formCode", formCode);
        }
        return resolved(inForm);
    }

    private List<AttributeMetadata> resolved(List<AttributeMetadata> attributes) {
        return attributes.stream().map(this::resolved).toList();
    }

    private AttributeMetadata resolved(AttributeMetadata attribute) {
        switch (attribute.optionSource()) {
            case WEBSITES:
                // the admin website and store view (0) are not a customer's
                return attribute.withOptions(stores.websites().stream()
                        .filter(w -> w.id().value() != 0)
                        .map(w -> new AttributeOption(w.name(), Integer.toString(w.id().value())))
                        .toList());
            case STORE_VIEWS:
                return attribute.withOptions(stores.storeViews().stream()
                        .filter(v -> v.id().value() != 0)
                        .map(v -> new AttributeOption(v.name(), Integer.toString(v.id().value())))
                        .toList());
            case GROUPS:
                // the groups a signed-in customer may be in: not NOT LOGGED IN (0)
                return attribute.withOptions(groups.all().stream()
                        .filter(g -> g.id().value() != 0)
                        .map(g -> new AttributeOption(g.code(), Integer.toString(g.id().value())))
                        .toList());
            case COUNTRIES:
                List<AttributeOption> countries = new ArrayList<>(List.of(AttributeOption.BLANK));
                directory.countries().stream()
                        .map(c -> new AttributeOption(new Locale("", c.id()).getDisplayCountry(Locale.US), c.id()))
                        .sorted(Comparator.comparing(AttributeOption::label))
                        .forEach(countries::add);
                return attribute.withOptions(countries);
            default:
                return attribute;
        }
    }
}
