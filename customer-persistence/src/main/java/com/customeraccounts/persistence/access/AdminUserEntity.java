package com.customeraccounts.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "admin_user")
class AdminUserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_user_seq")
    @SequenceGenerator(name = "admin_user_seq", sequenceName = "admin_user_seq", allocationSize = 1)
    @Column(name = "user_id")
    Long id;

    String username;

    @Column(name = "password_hash")
    String passwordHash;
    /** ACL resource ids, comma-separated. */
    String resources;

    @Column(name = "created_at")
    LocalDateTime createdAt;
}
