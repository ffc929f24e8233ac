package com.customeraccounts.persistence.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer_group")
class CustomerGroupEntity {

    @Id
    @Column(name = "customer_group_id")
    int id;

    @Column(name = "customer_group_code")
    String code;

    @Column(name = "tax_class_id")
    int taxClassId;
}
