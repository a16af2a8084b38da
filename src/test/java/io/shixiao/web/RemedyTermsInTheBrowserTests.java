package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The remedy terms page on a 390 px phone: a manager opens the complaint terms from the menu's page, offers an
 * amount with a remedy that carries none and gets the problem under the amount field, nothing saved and no
 * sideways scroll. A screenshot for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemedyTermsInTheBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aManagerSeesTheProblemAtTheAmountFieldOnAPhone() throws Exception {
        try (Browser browser = Browser.open(390, 1500)) {
            WebDriver driver = browser.driver;
            String base = "http://localhost:" + port;
            Browser.signIn(driver, base, "anlan.manager");
            driver.get(base + "/remedy-terms");
            WebElement complaint = driver.findElement(By.cssSelector("[data-testid=terms-COMPLAINT]"));
            complaint.findElement(By.tagName("summary")).click();
            new Select(complaint.findElement(By.name("kind"))).selectByValue("PRIORITY_HANDLING");
            WebElement amount = complaint.findElement(By.name("amount"));
            amount.clear();
            amount.sendKeys("50");
            Browser.submit(driver, complaint.findElement(By.cssSelector("button[type=submit]")));

            WebElement answered = driver.findElement(By.cssSelector("[data-testid=terms-COMPLAINT]"));
            assertThat(answered.findElement(By.cssSelector(".field-error")).getText())
                    .isEqualTo("only a compensation carries an amount");
            Object sideways = ((JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(sideways).isEqualTo(false);
            browser.screenshot("remedy-terms-phone");
        }
    }
}
