package com.customeraccounts.notification;

/** Magento's account email types ({@code EmailNotification}), as shown in the delivery list. */
enum EmailType {
    REGISTERED("registered"),
    REGISTERED_NO_PASSWORD("registered_no_password"),
    CONFIRMATION("confirmation"),
    CONFIRMED("confirmed"),
    PASSWORD_RESET("password_reset"),
    PASSWORD_REMINDER("password_reminder");

    private final String code;

    EmailType(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
