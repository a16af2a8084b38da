package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.claims.ClaimTestPolicies;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.policies.application.PolicyRepository;
import io.shixiao.shared.time.ShanghaiTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A motor claim from the first call to the money, each step by its own demo account on a 390-px phone
 * window: the agent reports, the dispatcher dispatches, the surveyor checks in and uploads a photo, the
 * assessor and the manager assess and review, the handler collects the documents, adjusts and pays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimInTheBrowserTests {

    /** A 1×1 PNG. */
    private static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    PolicyRepository policies;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    Clock clock;

    @Test
    void aMotorClaimGoesFromTheReportToThePaymentOnAPhone() throws Exception {
        String policyNo = ClaimTestPolicies.motorPolicy(
                policies,
                organization.unitByCode("ANLAN-ZJ-HZ-XH").orElseThrow(),
                LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).minusDays(30));
        Path photo = Files.createTempFile("site", ".png");
        Files.write(photo, PHOTO);
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;

            Browser.signIn(driver, url(""), "anlan.agent");
            driver.get(url("/claims/report?q=" + policyNo));
            setValue(
                    driver,
                    "lossAt",
                    LocalDateTime.now(clock.withZone(ShanghaiTime.ZONE))
                            .minusMinutes(20)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            type(driver, "lossDivision", "330106");
            type(driver, "lossAddress", "杭州市西湖区文三路100号");
            type(driver, "cause", "追尾，前保险杠受损");
            type(driver, "estimate", "3500");
            type(driver, "reporterName", "张三");
            type(driver, "reporterMobile", "13812345678");
            browser.screenshot("claim-1-report");
            driver.findElement(By.cssSelector("[data-testid=report-form] button[type=submit]"))
                    .click();
            String claimNo = waitFor(driver, "[data-testid=claim-no]").getText();
            assertThat(claimNo).startsWith("CLM");
            assertThat(driver.findElement(By.cssSelector("[data-testid=deadlines]"))
                            .getText())
                    .contains("ZJ-DISPATCH");
            browser.screenshot("claim-2-reported");

            switchTo(driver, "anlan.dispatcher");
            driver.get(url("/claims/board"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=board]")).getText())
                    .contains(claimNo);
            browser.screenshot("claim-3-board");
            driver.get(url("/claims/" + claimNo));
            take(driver, "DISPATCH");

            switchTo(driver, "anlan.surveyor");
            driver.get(url("/claims/tasks"));
            driver.findElement(By.linkText(claimNo)).click();
            Browser.submit(driver, driver.findElement(By.cssSelector("button[data-step=CONTACT]")));
            waitFor(driver, "[data-testid=flash]");
            Browser.submit(driver, driver.findElement(By.cssSelector("button[data-step=ARRIVAL]")));
            waitFor(driver, "[data-testid=flash]");
            driver.findElement(By.cssSelector("[data-testid=photo-input]")).sendKeys(photo.toString());
            driver.findElement(By.cssSelector("form[enctype] button[type=submit]"))
                    .click();
            waitFor(driver, ".photos img");
            browser.screenshot("claim-4-survey");
            driver.findElement(By.id("notes")).sendKeys("前保险杠破损，现场已拍照");
            Browser.submit(driver, driver.findElement(By.cssSelector("button[data-step=SURVEY_REPORT]")));
            assertThat(waitFor(driver, "[data-testid=claim-status]").getText()).isEqualTo("查勘完成");

            switchTo(driver, "anlan.assessor");
            driver.get(url("/claims/" + claimNo));
            WebElement assessment = driver.findElement(By.cssSelector("form[data-step=ASSESSMENT]"));
            assessment.findElement(By.name("itemDescription")).sendKeys("前保险杠更换");
            assessment.findElement(By.name("itemAmount")).sendKeys("3500");
            take(driver, "ASSESSMENT");

            switchTo(driver, "anlan.manager");
            driver.get(url("/claims/" + claimNo));
            take(driver, "ASSESSMENT_REVIEW");

            switchTo(driver, "anlan.claims-handler");
            driver.get(url("/claims/" + claimNo));
            take(driver, "APPLICATION");
            for (WebElement box :
                    driver.findElements(By.cssSelector("form[data-step=DOCUMENTS] input[type=checkbox]"))) {
                box.click();
            }
            browser.screenshot("claim-5-documents");
            take(driver, "DOCUMENTS");
            assertThat(waitFor(driver, "[data-testid=claim-status]").getText()).isEqualTo("单证齐全");
            take(driver, "ADJUSTMENT");
            assertThat(driver.findElement(By.cssSelector("[data-testid=payable]"))
                            .getText())
                    .isEqualTo("3000.00");

            switchTo(driver, "anlan.manager");
            driver.get(url("/claims/" + claimNo));
            take(driver, "APPROVAL");

            switchTo(driver, "anlan.claims-handler");
            driver.get(url("/claims/" + claimNo));
            take(driver, "AGREEMENT");
            WebElement payment = driver.findElement(By.cssSelector("form[data-step=PAYMENT_INSTRUCTION]"));
            payment.findElement(By.name("bankAccount")).sendKeys("6222021234567890123");
            take(driver, "PAYMENT_INSTRUCTION");
            // The payment is with the bank until its confirmation, entered here from the bank statement.
            assertThat(waitFor(driver, "[data-testid=pending-payment]").getText())
                    .contains("PAY-" + claimNo + "-1");
            assertThat(driver.findElement(By.cssSelector("[data-testid=claim-status]"))
                            .getText())
                    .isEqualTo("已达成赔付协议");
            WebElement confirmation = driver.findElement(By.cssSelector("form[data-step=PAYMENT]"));
            confirmation.findElement(By.name("bankReference")).sendKeys("BK" + claimNo);
            take(driver, "PAYMENT");
            assertThat(waitFor(driver, "[data-testid=claim-status]").getText()).isEqualTo("已支付");
            assertThat(driver.findElement(By.cssSelector("[data-testid=payment-notice]"))
                            .isDisplayed())
                    .isTrue();
            assertThat(driver.findElement(By.cssSelector("[data-testid=timeline]"))
                            .getText())
                    .contains("报案", "调度", "到达现场", "单证接收", "支付赔款");
            browser.screenshot("claim-6-paid");
            assertThat(((JavascriptExecutor) driver)
                            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    .as("the claim page fits a phone's width")
                    .isEqualTo(true);
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private void take(WebDriver driver, String step) {
        Browser.submit(driver, driver.findElement(By.cssSelector("form[data-step=" + step + "] button[type=submit]")));
        String flash = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[data-testid=flash], [data-testid=flash-error]")).stream()
                        .findFirst()
                        .orElse(null))
                .getText();
        assertThat(driver.findElements(By.cssSelector("[data-testid=flash-error]")))
                .as("step %s: %s", step, flash)
                .isEmpty();
    }

    private static WebElement waitFor(WebDriver driver, String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    private static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), value);
    }

    private void switchTo(WebDriver driver, String username) {
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, url(""), username);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
