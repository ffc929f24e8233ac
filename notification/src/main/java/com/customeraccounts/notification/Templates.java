package com.customeraccounts.notification;

/** The plain-text and HTML bodies of the account emails, worded as Magento's templates. */
final class Templates {

    private Templates() {}

    static String welcomeText(String name, String storeName, String email, String accountUrl, String resetUrl) {
        return """
                %s,

                Welcome to %s.

                To sign in to our site, use these credentials during checkout or on the My Account page (%s):

                Email: %s
                Password: Password you set when creating account

                Forgot your account password? Reset it here: %s

                When you sign in to your account, you will be able to:
                - Proceed through checkout faster
                - Check the status of orders
                - View past orders
                - Store alternative addresses (for shipping to multiple family members and friends)
                """.formatted(name, storeName, accountUrl, email, resetUrl);
    }

    static String welcomeHtml(String name, String storeName, String email, String accountUrl, String resetUrl) {
        return page("""
                <p class="greeting">%s,</p>
                <p>Welcome to %s.</p>
                <p>To sign in to our site, use these credentials during checkout or on the <a href="%s">My Account</a> page:</p>
                <ul>
                    <li><strong>Email:</strong> %s</li>
                    <li><strong>Password:</strong> <em>Password you set when creating account</em></li>
                </ul>
                <p>Forgot your account password? Click <a href="%s">here</a> to reset it.</p>
                <p>When you sign in to your account, you will be able to:</p>
                <ul>
                    <li>Proceed through checkout faster</li>
                    <li>Check the status of orders</li>
                    <li>View past orders</li>
                    <li>Store alternative addresses (for shipping to multiple family members and friends)</li>
                </ul>
                """.formatted(html(name), html(storeName), html(accountUrl), html(email), html(resetUrl)));
    }

    static String noPasswordText(String name, String storeName, String email, String createPasswordUrl) {
        return """
                %s,

                Welcome to %s.

                To sign in to our site and set a password, open this link: %s

                Email: %s
                """.formatted(name, storeName, createPasswordUrl, email);
    }

    static String noPasswordHtml(String name, String storeName, String email, String createPasswordUrl) {
        return page("""
                <p class="greeting">%s,</p>
                <p>Welcome to %s.</p>
                <p>To sign in to our site and set a password, click on the <a href="%s">link</a>:</p>
                <ul>
                    <li><strong>Email:</strong> %s</li>
                </ul>
                """.formatted(html(name), html(storeName), html(createPasswordUrl), html(email)));
    }

    static String confirmationText(String name, String email, String confirmUrl) {
        return """
                %s,

                You must confirm your %s email before you can sign in (link is only valid once):

                Confirm Your Account: %s
                """.formatted(name, email, confirmUrl);
    }

    static String confirmationHtml(String name, String email, String confirmUrl) {
        return page("""
                <p class="greeting">%s,</p>
                <p>You must confirm your %s email before you can sign in (link is only valid once):</p>
                <p><a href="%s" target="_blank">Confirm Your Account</a></p>
                """.formatted(html(name), html(email), html(confirmUrl)));
    }

    static String confirmedText(String name, String storeName, String email, String accountUrl, String resetUrl) {
        return """
                %s,

                Thank you for confirming your %s account.

                To sign in to our site, use these credentials during checkout or on the My Account page (%s):

                Email: %s
                Password: Password you set when creating account

                Forgot your account password? Reset it here: %s
                """.formatted(name, storeName, accountUrl, email, resetUrl);
    }

    static String confirmedHtml(String name, String storeName, String email, String accountUrl, String resetUrl) {
        return page("""
                <p class="greeting">%s,</p>
                <p>Thank you for confirming your %s account.</p>
                <p>To sign in to our site, use these credentials during checkout or on the <a href="%s">My Account</a> page:</p>
                <ul>
                    <li><strong>Email:</strong> %s</li>
                    <li><strong>Password:</strong> <em>Password you set when creating account</em></li>
                </ul>
                <p>Forgot your account password? Click <a href="%s">here</a> to reset it.</p>
                """.formatted(html(name), html(storeName), html(accountUrl), html(email), html(resetUrl)));
    }

    static String resetText(String name, String resetUrl) {
        return """
                %s,

                There was recently a request to change the password for your account.

                If you requested this change, set a new password here: %s

                If you did not make this request, you can ignore this email and your password will remain the same.
                """.formatted(name, resetUrl);
    }

    static String resetHtml(String name, String resetUrl) {
        return page("""
                <p class="greeting">%s,</p>
                <p>There was recently a request to change the password for your account.</p>
                <p>If you requested this change, set a new password here:</p>
                <p><a href="%s" target="_blank">Set a New Password</a></p>
                <p>If you did not make this request, you can ignore this email and your password will remain the same.</p>
                """.formatted(html(name), html(resetUrl)));
    }

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n" + body + "</body></html>\n";
    }

    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
