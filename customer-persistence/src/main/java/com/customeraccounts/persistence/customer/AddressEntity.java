package com.customeraccounts.persistence.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "customer_address_entity")
class AddressEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "address_seq")
    @SequenceGenerator(name = "address_seq", sequenceName = "customer_address_entity_seq", allocationSize = 50)
    @Column(name = "entity_id")
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "parent_id")
    CustomerEntity customer;

    int position;

    @Column(name = "country_id")
    String countryId;

    @Column(name = "region_id")
    int regionId;

    @Column(name = "region_code")
    String regionCode;

    String region;
    /** Street lines joined by newlines, as Magento stores them. */
    String street;

    String company;
    String telephone;
    String fax;
    String postcode;
    String city;
    String firstname;
    String lastname;
    String middlename;
    String prefix;
    String suffix;

    @Column(name = "vat_id")
    String vatId;

    /** The values of the declared address attributes. */
    @ElementCollection
    @CollectionTable(name = "customer_address_attribute_value", joinColumns = @JoinColumn(name = "address_id"))
    List<AddressAttributeValue> attributes = new ArrayList<>();
}
