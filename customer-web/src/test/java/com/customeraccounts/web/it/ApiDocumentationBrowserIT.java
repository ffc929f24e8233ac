package com.customeraccounts.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The API reference at {@code /}, as a reader sees it: Debian's headless Chromium, driven through Debian's
 * chromedriver, opens the page, waits for ReDoc to render this service's document, and finds the create
 * account operation with its request body. The page may load nothing from any other host.
 */
class ApiDocumentationBrowserIT extends SystemTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String CREATE_ACCOUNT = "operation/customerAccountManagementV1CreateAccountPost";

    private ChromeDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as(
                        "Debian's chromium and chromium-driver are needed (.ci/run installs them: apt-get install chromium chromium-driver)")
                .isTrue();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1440,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @Test
    void rendersTheCreateAccountOperationWithItsRequestBody() throws IOException {
        browser.get(base.toString() + "#" + CREATE_ACCOUNT);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-section-id='" + CREATE_ACCOUNT + "']")));
        wait.until(ExpectedConditions.textToBePresentInElement(operation, "Create customer account"));
        String text = operation.getText();
        assertThat(text).contains("Create customer account. Perform necessary business operations like sending email");
        assertThat(text.toLowerCase())
                .as("the body's media types, offered to choose from")
                .containsPattern("request body schema:\\s*application/json\\s*application/xml");
        List<String> fields = operation.findElements(By.cssSelector(".property-name")).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList();
        assertThat(fields).as("request body fields").contains("customer", "password", "redirectUrl");
        assertThat(text).contains("/rest/V1/customers");

        Path screenshot = Path.of("target", "screenshots", "redoc-create-customer-account.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        String origin = URI.create(base.toString()).resolve("/").toString();
        assertThat(loaded)
                .as("what the page loaded")
                .isNotEmpty()
                .anyMatch(url -> url.endsWith("/redoc/redoc.standalone.js"))
                .anyMatch(url -> url.contains("/openapi"))
                .allMatch(url -> url.startsWith(origin) || url.startsWith("blob:") || url.startsWith("data:"));
    }
}
