package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.customer.CustomerFixtures;
import io.shixiao.customer.CustomerFixtures.Customer;
import io.shixiao.feedback.application.CallbackTasks;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A hotline agent on a 390-px phone finds a customer by mobile: the file swaps in without a page load, shows
 * every kind of record with personal data masked and the clocks counting down live, and fits the screen; a
 * mistyped ID number is refused on the page naming what is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CustomerInTheBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CallbackTasks callbacks;

    @Autowired
    Clock clock;

    @Test
    void anAgentOnAPhoneFindsACustomerByMobileAndSeesEveryRecordWithLiveClocks() throws Exception {
        Customer customer = CustomerFixtures.aCustomerWithEveryKindOfRecord(mvc, jdbc, callbacks, clock);
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "anlan.agent");
            driver.get(url("/customers"));

            new Select(driver.findElement(By.cssSelector("[data-testid=customer-by]"))).selectByValue("idNumber");
            driver.findElement(By.cssSelector("[data-testid=customer-value]"))
                    .sendKeys(customer.idNumber().substring(0, 17)
                            + (customer.idNumber().endsWith("1") ? "2" : "1"));
            driver.findElement(By.cssSelector(".customer-search button")).click();
            String refusal = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("[data-testid=customer-error]")))
                    .getText();
            assertThat(refusal).contains("身份证号码无效").contains("校验码");

            new Select(driver.findElement(By.cssSelector("[data-testid=customer-by]"))).selectByValue("mobile");
            var input = driver.findElement(By.cssSelector("[data-testid=customer-value]"));
            input.clear();
            input.sendKeys(customer.mobile());
            driver.findElement(By.cssSelector(".customer-search button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-testid=customer-summary]")));
            assertThat(driver.getCurrentUrl()).endsWith("/customers");
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> input.getDomProperty("value").isEmpty());

            assertThat(driver.findElements(By.cssSelector("[data-testid=customer-policy]")))
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector("[data-testid=customer-claim]")))
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector("[data-testid=customer-consultation]")))
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector("[data-testid=customer-complaint]")))
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector("[data-testid=customer-callback]")))
                    .hasSize(1);
            String page = driver.findElement(By.cssSelector("[data-testid=customer-file]"))
                    .getText();
            assertThat(page)
                    .contains(customer.policyNo(), customer.claimNo(), customer.complaintNo())
                    .contains("139****" + customer.mobile().substring(7))
                    .doesNotContain(customer.mobile())
                    .doesNotContain(customer.idNumber());
            String countdown = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
                String text = d.findElement(By.cssSelector("[data-testid=customer-claim] [data-deadline]"))
                        .getText();
                return text.matches(".*\\d\\d:\\d\\d:\\d\\d") ? text : null;
            });
            assertThat(countdown).isNotBlank();
            assertFitsThePhone(driver);
            browser.screenshot("customer-phone-file");
            ((JavascriptExecutor) driver)
                    .executeScript("document.querySelector('[data-testid=customer-claim]').scrollIntoView()");
            browser.screenshot("customer-phone-claim");
        }
    }

    private static void assertFitsThePhone(WebDriver driver) {
        // Headless Chromium keeps a minimum window width; nothing may be wider than the viewport.
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
