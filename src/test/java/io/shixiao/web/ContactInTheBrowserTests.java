package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer-contact desk in headless Chromium: a consultation taken at the hotline becomes a complaint,
 * the complaint is decided with a decision notice and closed, and the callback agent then calls the customer
 * back with the survey. Screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactInTheBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aConsultationBecomesAComplaintThatIsDecidedClosedAndCalledBack() throws Exception {
        String complaint;
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "anlan.complaint-handler");

            driver.get(url("/consultations"));
            driver.findElement(By.cssSelector("details.panel > summary")).click();
            driver.findElement(By.id("customerName")).sendKeys("周晓明");
            driver.findElement(By.id("customerMobile")).sendKeys("13700137000");
            driver.findElement(By.id("question")).sendKeys("车损赔款三周了还没到账，怎么回事？");
            driver.findElement(By.cssSelector("[data-testid=consultation-form] button[type=submit]"))
                    .click();
            String consultation = driver.findElement(By.cssSelector("[data-testid=consultation-number]"))
                    .getText();
            assertThat(consultation).startsWith("ZX");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("AGR-CONSULT");
            browser.screenshot("contact-1-consultation");

            driver.findElement(By.id("customerRequest")).sendKeys("要求说明原因并尽快支付");
            driver.findElement(By.cssSelector("[data-testid=convert]")).click();
            complaint = driver.findElement(By.cssSelector("[data-testid=complaint-number]"))
                    .getText();
            assertThat(complaint).startsWith("TS");
            assertThat(driver.findElement(By.cssSelector("[data-testid=complaint-clocks]"))
                            .getText())
                    .contains("CPL-18");
            browser.screenshot("contact-2-complaint");

            driver.findElement(By.cssSelector("[data-testid=assign]")).click();
            statusBecomes(driver, "处理中");

            new Select(driver.findElement(By.id("upheld"))).selectByValue("true");
            driver.findElement(By.id("factsVerified")).sendKeys("经调取支付记录，赔款于协议后第八个工作日支付。");
            driver.findElement(By.id("basis")).sendKeys("浙江规范第七章2.7.3");
            driver.findElement(By.id("reasons")).sendKeys("这个问题我不知道，不清楚。");
            driver.findElement(By.cssSelector("[data-testid=decide]")).click();
            assertThat(driver.findElement(By.cssSelector("[data-testid=complaint-error]"))
                            .getText())
                    .contains("不知道,不清楚");
            browser.screenshot("contact-3-forbidden-phrase");

            driver.findElement(By.id("factsVerified")).sendKeys("经调取支付记录，赔款于协议后第八个工作日支付。");
            driver.findElement(By.id("basis")).sendKeys("浙江规范第七章2.7.3");
            driver.findElement(By.id("reasons")).sendKeys("支付超过3个工作日，投诉成立，已向客户致歉。");
            driver.findElement(By.cssSelector("[data-testid=decide]")).click();
            statusBecomes(driver, "已决定");
            assertThat(driver.findElement(By.cssSelector("[data-testid=notice-link]"))
                            .getAttribute("href"))
                    .endsWith("/decision-notice.pdf");
            browser.screenshot("contact-4-decided");

            driver.findElement(By.id("closeText")).sendKeys("已致歉并加急支付，客户认可。");
            driver.findElement(By.cssSelector("[data-testid=close]")).click();
            statusBecomes(driver, "已办结");
            assertThat(driver.findElement(By.cssSelector("[data-testid=complaint-timeline]"))
                            .getText())
                    .contains("DECIDED", "CLOSED");
            browser.screenshot("contact-5-closed");
        }

        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "anlan.callback-agent");
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .withMessage("the closed complaint's callback reaches the queue")
                    .pollingEvery(Duration.ofSeconds(1))
                    .until(d -> {
                        d.get(url("/callbacks"));
                        return d.findElement(By.cssSelector("[data-testid=callback-queue]"))
                                .getText()
                                .contains(complaint);
                    });
            browser.screenshot("contact-6-callback-queue-phone");
            driver.findElement(By.linkText(complaint)).click();
            for (String question : new String[] {"ATTITUDE", "SPEED", "TERMS"}) {
                driver.findElement(By.cssSelector("[data-testid=answer-" + question + "-SATISFIED]"))
                        .click();
            }
            browser.screenshot("contact-7-survey-phone");
            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=submit-survey]")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=callback-status]"))
                            .getText())
                    .isEqualTo("已回访");

            driver.get(url("/satisfaction"));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-testid=satisfaction-chart] canvas")));
            browser.screenshot("contact-8-satisfaction-phone");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    // A step's form reloads the page: wait for the new page's status rather than read the old one.
    private static void statusBecomes(org.openqa.selenium.WebDriver driver, String status) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                        By.cssSelector("[data-testid=complaint-status]"), status));
    }
}
