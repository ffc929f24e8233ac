package com.customeraccounts.web.customer;

import com.customeraccounts.account.AccountConfirmation;
import com.customeraccounts.account.RedirectTargets;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.customer.CustomerId;
import com.customeraccounts.error.ApiException;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.error.ErrorBody;
import com.customeraccounts.web.wire.MagentoMediaType;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The link in the confirmation email, {@code customer/account/confirm/?id=…&key=…&back_url=…}, when the
 * store's base URL points at this service: it activates the account and sends the customer on to
 * {@code back_url} (if its origin is allowed). An unconfirmed customer cannot get a token, so without this
 * only an admin could activate an account created through the API (magento/magento2#39255).
 */
@WebServlet("/customer/account/confirm/")
public class ConfirmationLinkServlet extends HttpServlet {

    /** Magento's storefront message for a link that does not confirm (Controller/Account/Confirm). */
    static final String REFUSED = ErrorBody.json("This confirmation key is invalid or has expired.");

    @Inject
    AccountConfirmation confirmation;

    @Inject
    StoreConfig config;

    @Inject
    Stores stores;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Customer> customer = activated(request.getParameter("id"), request.getParameter("key"));
        if (customer.isEmpty()) {
            answer(response, 400, REFUSED);
            return;
        }
        RedirectTargets targets = RedirectTargets.of(
                config, stores.website(customer.get().websiteId()).orElseGet(stores::defaultWebsite));
        response.sendRedirect(targets.target(Optional.ofNullable(request.getParameter("back_url"))));
    }

    /**
     * The customer activated by this link, or none. Why not is not told: an unknown id answered apart
     * from a wrong key would let anyone list the customer ids.
     */
    private Optional<Customer> activated(String id, String key) {
        try {
            return Optional.of(
                    confirmation.activateById(CustomerId.requested(Long.parseLong(id == null ? "0" : id.trim())), key));
        } catch (NumberFormatException | ApiException refused) {
            return Optional.empty();
        }
    }

    private static void answer(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MagentoMediaType.JSON_UTF8);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
