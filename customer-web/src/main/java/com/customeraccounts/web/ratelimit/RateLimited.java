package com.customeraccounts.web.ratelimit;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A route whose requests count against the client's limit of this name ({@code ratelimit.<name>.*}). */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    String CREATE_ACCOUNT = "create_account";
    String CUSTOMER_TOKEN = "customer_token";
    String ADMIN_TOKEN = "admin_token";
    String PASSWORD_RESET = "password_reset";
    String CONFIRMATION_RESEND = "confirmation_resend";
    String EMAIL_AVAILABLE = "email_available";

    String value();
}
