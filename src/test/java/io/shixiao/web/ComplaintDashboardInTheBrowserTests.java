package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The complaints dashboard on the demo data in headless Chromium, on a desktop and on a phone: the three
 * charts are drawn and the phone page does not scroll sideways. Screenshots for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintDashboardInTheBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theDashboardDrawsItsThreeChartsOnADesktopAndOnAPhone() throws Exception {
        look(1280, 1900, "complaint-dashboard-desktop");
        look(390, 2400, "complaint-dashboard-phone");
    }

    private void look(int width, int height, String screenshot) throws Exception {
        try (Browser browser = Browser.open(width, height)) {
            WebDriver driver = browser.driver;
            driver.get(url("/login"));
            driver.findElement(By.id("username")).sendKeys("anlan.complaint-handler");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=current-user]")));

            driver.get(url("/complaint-dashboard"));
            for (String chart : new String[] {"clock-chart", "branch-chart", "satisfaction-chart"}) {
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("[data-testid=" + chart + "] canvas")));
            }
            assertThat(driver.findElement(By.cssSelector("[data-testid=open-total]"))
                            .getText())
                    .matches("共 \\d+ 件");
            Object sideways = ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(sideways).isEqualTo(false);
            browser.screenshot(screenshot);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
