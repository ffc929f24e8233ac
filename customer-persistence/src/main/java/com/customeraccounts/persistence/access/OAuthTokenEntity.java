package com.customeraccounts.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An issued bearer token, by the SHA-256 of its value; user type as Magento's: 2 admin, 3 customer. */
@Entity
@Table(name = "oauth_token")
class OAuthTokenEntity {

    static final int ADMIN = 2;
    static final int CUSTOMER = 3;

    @Id
    @Column(name = "token_hash")
    String tokenHash;

    @Column(name = "user_type")
    int userType;

    @Column(name = "admin_id")
    Long adminId;

    @Column(name = "customer_id")
    Long customerId;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "expires_at")
    LocalDateTime expiresAt;
}
