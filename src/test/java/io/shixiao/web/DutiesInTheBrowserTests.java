package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 安澜's manager opens the recurring duties from the menu on a phone-sized window, opens this year's
 * internal review and records it done with its evidence; screenshots of the board and the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DutiesInTheBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aManagerRecordsTheYearsInternalReviewDone() throws Exception {
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;
            driver.get(url("/login"));
            driver.findElement(By.id("username")).sendKeys("anlan.manager");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=current-user]")));

            driver.findElement(By.cssSelector(".menu-toggle")).click();
            driver.findElement(By.cssSelector("#sidebar a[href$='/service-levels/duties']"))
                    .click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("定期义务");
            WebElement review = driver.findElement(By.cssSelector("section[data-duty=AGR-INTERNAL-REVIEW]"));
            assertThat(review.getText()).contains("服务质量管理体系内部评估").contains("保险服务质量协议");
            browser.screenshot("duties-board-phone");

            // This year's period: other tests of the shared database may have left an earlier one open and
            // past its due day, which the overdue sweep has not marked yet.
            String today = java.time.LocalDate.now(io.shixiao.shared.time.ShanghaiTime.ZONE)
                    .toString();
            review.findElements(By.cssSelector("a.period[data-status=OPEN]")).stream()
                    .filter(period -> period.getAttribute("data-due").compareTo(today) >= 0)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no open period of the internal review due from " + today))
                    .click();
            assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("待完成");
            driver.findElement(By.id("evidence-input")).sendKeys("内部评估报告 AL-QA-2026");
            driver.findElement(By.id("note")).sendKeys("质检部牵头，覆盖理赔与投诉流程");
            driver.findElement(By.id("complete")).click();

            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.id("status"), "按期完成"));
            assertThat(driver.findElement(By.id("evidence")).getText()).isEqualTo("内部评估报告 AL-QA-2026");
            browser.screenshot("duties-recorded-phone");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
