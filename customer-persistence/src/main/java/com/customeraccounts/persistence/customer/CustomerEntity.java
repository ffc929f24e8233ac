package com.customeraccounts.persistence.customer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

@Entity
@Table(name = "customer_entity")
// Runs on every sign-up. EclipseLink writes a query's SQL again on every execution unless the query is named and
// used unchanged: setting anything on it (a flush mode, a row limit) makes a copy that is prepared again. So the
// flush mode is here, not at the call: no flush, or a customer changed but not committed could be found by its
// own new email.
@NamedQuery(
        name = CustomerEntity.EMAIL_TAKEN,
        query = "SELECT c.id FROM CustomerEntity c WHERE c.emailKey = :key AND c.shareScope = :scope",
        hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
class CustomerEntity {

    static final String EMAIL_TAKEN = "CustomerEntity.emailTaken";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_entity_seq", allocationSize = 50)
    @Column(name = "entity_id")
    Long id;

    @Column(name = "website_id")
    int websiteId;

    @Column(name = "store_id")
    int storeId;

    @Column(name = "group_id")
    int groupId;

    String email;

    @Column(name = "email_key")
    String emailKey;

    @Column(name = "share_scope")
    int shareScope;

    String prefix;
    String firstname;
    String middlename;
    String lastname;
    String suffix;
    LocalDate dob;
    Integer gender;
    String taxvat;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "updated_at")
    LocalDateTime updatedAt;

    @Column(name = "created_in")
    String createdIn;

    @Column(name = "password_hash")
    String passwordHash;

    String confirmation;

    @Column(name = "rp_token")
    String rpToken;

    @Column(name = "rp_token_created_at")
    LocalDateTime rpTokenCreatedAt;

    @Column(name = "disable_auto_group_change")
    int disableAutoGroupChange;

    @Column(name = "default_billing")
    Long defaultBilling;

    @Column(name = "default_shipping")
    Long defaultShipping;

    @Column(name = "subscriber_status")
    Integer subscriberStatus;

    @Column(name = "failures_num")
    int failuresNum;

    @Column(name = "first_failure")
    LocalDateTime firstFailure;

    @Column(name = "lock_expires")
    LocalDateTime lockExpires;

    @Version
    long version;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<AddressEntity> addresses = new ArrayList<>();

    /** The values of the declared customer attributes. */
    @ElementCollection
    @CollectionTable(name = "customer_attribute_value", joinColumns = @JoinColumn(name = "customer_id"))
    List<CustomerAttributeValue> attributes = new ArrayList<>();
}
