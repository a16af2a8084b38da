package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 安澜's manager reads the delivery log of the demo messages (numbers masked) and the inbox; the
 * administrator the templates with their clauses. Screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsInTheBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aManagerReadsTheDeliveryLogAndTheInboxAndTheAdministratorTheTemplates() throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "anlan.manager");
            driver.get(url("/notifications/messages"));
            String log = driver.findElement(By.tagName("main")).getText();
            assertThat(log).contains("短信发送记录").contains("CLAIM/ANLAN-DEMO-01").contains("138****8001");
            assertThat(log).doesNotContain("13800138001");
            browser.screenshot("notification-delivery-log");
            driver.get(url("/notifications/inbox"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("我的提醒");
            browser.screenshot("notification-inbox");
        }
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "admin");
            driver.get(url("/admin/notifications/templates"));
            assertThat(driver.findElement(By.cssSelector("section[data-code=CLAIM_PAID]"))
                            .getText())
                    .contains("赔款支付短信")
                    .contains("发送理赔支付短信");
            browser.screenshot("notification-templates");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
