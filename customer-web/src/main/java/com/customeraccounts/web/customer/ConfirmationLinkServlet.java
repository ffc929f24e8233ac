package com.customeraccounts.web.customer;

import com.customeraccounts.account.AccountConfirmation;
import com.customeraccounts.account.RedirectTargets;
import com.customeraccounts.config.StoreConfig;
import com.customeraccounts.customer.Customer;
import com.customeraccounts.error.ApiException;
import com.customeraccounts.error.NoSuchEntityException;
import com.customeraccounts.web.error.ApiExceptionMapper;
import com.customeraccounts.store.Stores;
import com.customeraccounts.web.error.ErrorBody;
import com.customeraccounts.web.rest.MagentoMediaType;
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

    @Inject
    AccountConfirmation confirmation;

    @Inject
    StoreConfig config;

    @Inject
    Stores stores;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Customer customer;
        try {
            long id = Long.parseLong(Optional.ofNullable(request.getParameter("id")).orElse("0").trim());
            customer = confirmation.activateById(id, request.getParameter("key"));
        } catch (NumberFormatException notAnId) {
            answer(response, 404, ErrorBody.json(NoSuchEntityException.singleField("customerId",
                    request.getParameter("id")).phrase(), java.util.List.of()));
            return;
        } catch (ApiException refused) {
            answer(response, ApiExceptionMapper.status(refused), ErrorBody.json(refused.phrase(), refused.errors()));
            return;
        }
        RedirectTargets targets = RedirectTargets.of(config, stores.website(customer.websiteId())
                .orElseGet(stores::defaultWebsite));
        response.sendRedirect(targets.target(Optional.ofNullable(request.getParameter("back_url"))));
    }

    private static void answer(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MagentoMediaType.JSON_UTF8);
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
