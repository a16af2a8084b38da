package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agent on a 390-px phone finds a demo policy by plate, opens it (personal data masked), reveals the
 * personal data (audited), and takes an endorsement through its one-time list of materials to completion.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoliciesInTheBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgentOnAPhoneFindsAPolicyRevealsItsHolderAndEndorsesIt() throws Exception {
        String[] policy = jdbc.sql("""
                        select p.policy_no, p.plate from policy p join insurer i on i.id = p.insurer_id
                        where i.code = 'ANLAN' and p.plate is not null and p.status = 'IN_FORCE'
                          and p.insured_mobile_masked is not null
                          and now() between p.period_start and p.period_end - interval '10 days'
                          and not exists (select 1 from policy_endorsement e where e.policy_id = p.id)
                        order by p.id limit 1
                        """)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "anlan.agent");

            driver.get(url("/policies"));
            driver.findElement(By.cssSelector("[data-testid=policy-search]")).sendKeys(policy[1]);
            driver.findElement(By.cssSelector(".policy-search button")).click();
            browser.screenshot("policies-phone-search");
            assertFitsThePhone(driver);
            driver.findElement(By.linkText(policy[0])).click();

            String masked =
                    driver.findElement(By.cssSelector("[data-testid=masked]")).getText();
            assertThat(masked).contains("*").containsPattern("\\d{6}\\*{8}[\\dX]{4}");
            assertFitsThePhone(driver);
            browser.screenshot("policies-phone-detail");
            long viewsBefore = piiViews(policy[0]);
            driver.findElement(By.cssSelector("[data-testid=reveal]")).click();
            String revealed = new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=personal-data]")))
                    .getText();
            assertThat(revealed).containsPattern("\\d{17}[\\dX]").contains("审计");
            assertThat(piiViews(policy[0])).isEqualTo(viewsBefore + 1);
            browser.screenshot("policies-phone-revealed");

            new Select(driver.findElement(By.cssSelector("[data-testid=endorsement-kind]")))
                    .selectByValue("INSURED_MOBILE");
            driver.findElement(By.cssSelector("[data-testid=endorsement-value]"))
                    .sendKeys("13900001111");
            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=endorsement-request]")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=endorsement-status]"))
                            .getText())
                    .isEqualTo("待补材料");
            assertThat(driver.findElements(By.cssSelector("[data-testid=material]")))
                    .hasSize(2);
            browser.screenshot("policies-phone-endorsement");
            assertFitsThePhone(driver);

            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=complete]")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=page-error]"))
                            .getText())
                    .contains("尚缺材料");
            driver.findElements(By.cssSelector("[data-testid=material]")).forEach(box -> box.click());
            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=receive]")));
            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=complete]")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=endorsement-status]"))
                            .getText())
                    .isEqualTo("已批改");
            browser.screenshot("policies-phone-endorsed");
        }
    }

    private long piiViews(String policyNo) {
        return jdbc.sql(
                        "select count(*) from audit_entry where kind = 'PII_VIEW' and entity_type = 'POLICY' and entity_id = ?")
                .param(policyNo)
                .query(Long.class)
                .single();
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
