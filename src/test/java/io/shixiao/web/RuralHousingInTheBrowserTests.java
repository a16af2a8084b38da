package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.shared.identity.ResidentIdNumber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 互助县 authority opens its coverage dashboard (figures, charts, the township tree); a clerk of the
 * unit running the scheme enrols one household on a phone-sized window and finds it in its village.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RuralHousingInTheBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void theCountyAuthoritySeesItsCoverageDashboardWithCharts() throws Exception {
        try (Browser browser = Browser.open(1280, 1000)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "huzhu.county");
            openLatestScheme(driver);
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("互助县");
            assertThat(Long.parseLong(driver.findElement(By.cssSelector("[data-testid=registered]"))
                            .getText()))
                    .isGreaterThanOrEqualTo(620);
            assertThat(driver.findElement(By.cssSelector("[data-testid=ledger-state]"))
                            .getText())
                    .isEqualTo("平衡");
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .withMessage("the township chart is drawn")
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-testid=town-chart] canvas")));
            assertThat(driver.findElement(By.cssSelector("[data-testid=town-tree]"))
                            .getText())
                    .contains("威远镇")
                    .contains("丹麻镇");
            assertThat(driver.findElements(By.cssSelector("[data-testid=enrol-link]")))
                    .as("the county authority reads only")
                    .isEmpty();
            browser.screenshot("rural-dashboard-county");
        }
    }

    @Test
    void aClerkEnrolsOneHouseholdOnAPhone() throws Exception {
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "anlan.huzhu.agent");
            openLatestScheme(driver);
            driver.findElement(By.cssSelector("[data-testid=enrol-link]")).click();
            WebElement form = driver.findElement(By.cssSelector("[data-testid=household-form]"));
            form.findElement(By.name("HEAD_NAME")).sendKeys("祁生福");
            String body = "63022319680315071";
            form.findElement(By.name("HEAD_ID")).sendKeys(body + ResidentIdNumber.checkCharacter(body));
            form.findElement(By.name("REGISTER_NO")).sendKeys("HZB0000001");
            form.findElement(By.name("MEMBERS")).sendKeys("5");
            new Select(form.findElement(By.name("VILLAGE_CODE"))).selectByValue("630223100201");
            form.findElement(By.name("ADDRESS")).sendKeys("威远镇白崖村18号");
            new Select(form.findElement(By.name("STRUCTURE"))).selectByValue("砖木");
            form.findElement(By.name("YEAR_BUILT")).sendKeys("2003");
            form.findElement(By.name("FLOOR_AREA")).sendKeys("110.5");
            new Select(form.findElement(By.name("CATEGORY"))).selectByValue("脱贫户");
            new Select(form.findElement(By.name("TOP_UP"))).selectByValue("是");
            form.findElement(By.name("BANK_ACCOUNT")).sendKeys("6228480012345678901");
            form.findElement(By.name("PHONE")).sendKeys("13997012345");
            browser.screenshot("rural-enrol-phone-form");
            WebElement submit = form.findElement(By.cssSelector("[data-testid=register]"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", submit);
            submit.click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .withMessage("the household is registered")
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=flash]")));
            String households = driver.findElement(By.cssSelector("[data-testid=households]"))
                    .getText();
            assertThat(households).contains("HZB0000001").contains("祁*福").doesNotContain(body);
            browser.screenshot("rural-enrol-phone-village");
        }
    }

    @Test
    void aVillageLiaisonReportsDamagedHousesAndTheSurveyorAssessesWithAPhotoOnAPhone() throws Exception {
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Browser.signIn(driver, url(""), "anlan.huzhu.agent");
            openLatestScheme(driver);
            driver.findElement(By.cssSelector("[data-testid=batch-link]")).click();
            new Select(driver.findElement(By.cssSelector("[data-testid=village]"))).selectByValue("630223100202");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            // Each step reloads the page: an element read just before may belong to the old page.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            wait.withMessage("the village's households are listed")
                    .until(d -> d.findElements(By.cssSelector("[data-testid=household]"))
                                    .size()
                            >= 2);
            List<WebElement> listed = driver.findElements(By.cssSelector("[data-testid=household-list] li"));
            assertThat(listed.get(0).getText()).matches("(?s).*\\*.*630223\\*{8}.*");
            String second =
                    listed.get(1).findElement(By.tagName("small")).getText().split(" ")[0];
            listed.get(0).findElement(By.cssSelector("[data-testid=household]")).click();
            // Found by its 户口簿 number; the household ticked before stays on the list, ticked.
            driver.findElement(By.cssSelector("[data-testid=search]")).sendKeys(second);
            wait.withMessage("the search narrows the list to the ticked and the found household")
                    .until(d -> d.findElements(By.cssSelector("[data-testid=household]"))
                                            .size()
                                    == 2
                            && d.findElement(By.cssSelector("[data-testid=household-list]"))
                                    .getText()
                                    .contains(second));
            driver.findElements(By.cssSelector("[data-testid=household]")).stream()
                    .filter(box -> !box.isSelected())
                    .forEach(WebElement::click);
            assertThat(driver.findElements(By.cssSelector("[data-testid=household]:checked")))
                    .hasSize(2);
            new Select(driver.findElement(By.cssSelector("[data-testid=peril]"))).selectByValue("RAINSTORM");
            String occurred = java.time.LocalDateTime.now(io.shixiao.shared.time.ShanghaiTime.ZONE)
                    .minusHours(2)
                    .withSecond(0)
                    .withNano(0)
                    .toString();
            js.executeScript(
                    "arguments[0].value = arguments[1]",
                    driver.findElement(By.cssSelector("[data-testid=occurred-at]")),
                    occurred);
            browser.screenshot("rural-batch-phone-form");
            WebElement submit = driver.findElement(By.cssSelector("[data-testid=submit-batch]"));
            js.executeScript("arguments[0].scrollIntoView()", submit);
            submit.click();
            wait.withMessage("the batch is reported")
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=batch-result]")));
            List<WebElement> numbers = driver.findElements(By.cssSelector("[data-testid=claim-numbers] a"));
            assertThat(numbers)
                    .hasSize(2)
                    .allSatisfy(a -> assertThat(a.getText()).matches("HZC\\d{13}"));
            browser.screenshot("rural-batch-phone-result");

            numbers.get(0).click();
            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=contact]")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=flash]")));
            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=arrive]")));
            wait.until(d -> d.findElement(By.cssSelector("[data-testid=claim-state]"))
                    .getText()
                    .equals("已到达现场"));
            driver.findElement(By.cssSelector("[data-testid=photo-file]"))
                    .sendKeys(photo().toAbsolutePath().toString());
            Browser.submit(driver, driver.findElement(By.cssSelector("[data-testid=add-photo]")));
            wait.withMessage("the photo is stored and shown")
                    .until(d -> d.findElements(By.cssSelector("[data-testid=photos] img"))
                                    .size()
                            == 1);
            // The image loads after the page: wait for it before reading its size.
            wait.withMessage("the stored photo is served back")
                    .until(d -> ((Number) js.executeScript(
                                            "return document.querySelector('[data-testid=photos] img').naturalWidth"))
                                    .intValue()
                            > 0);
            Object width = js.executeScript("return document.querySelector('[data-testid=photos] img').naturalWidth");
            assertThat(((Number) width).intValue())
                    .as("the stored photo is served back")
                    .isEqualTo(64);
            new Select(driver.findElement(By.cssSelector("[data-testid=extent]"))).selectByValue("PARTIAL_DAMAGE");
            driver.findElement(By.cssSelector("[data-testid=loss]")).sendKeys("8000");
            WebElement assess = driver.findElement(By.cssSelector("[data-testid=assess]"));
            js.executeScript("arguments[0].scrollIntoView()", assess);
            Browser.submit(driver, assess);
            wait.until(d -> d.findElement(By.cssSelector("[data-testid=claim-state]"))
                    .getText()
                    .equals("已定损"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=indemnity]"))
                            .getText())
                    .isEqualTo("8000.00");
            browser.screenshot("rural-claim-phone-assessed");

            // The rest of the way on the same phone: the village notice, an objection and its answer, the file
            // complete when the notice is over, approval and payment.
            click(driver, js, "publish-notice");
            wait.until(d -> d.findElement(By.cssSelector("[data-testid=claim-state]"))
                    .getText()
                    .equals("公示中"));
            click(driver, js, "objection-submit");
            assertThat(driver.findElement(By.cssSelector("[data-testid=objection]"))
                            .getAttribute("required"))
                    .as("a blank objection is stopped at its field by the browser")
                    .isNotNull();
            driver.findElement(By.cssSelector("[data-testid=objection]")).sendKeys("屋顶损坏比定损所列更多");
            click(driver, js, "objection-submit");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=answer]")));
            click(driver, js, "close-notice");
            wait.withMessage("the running notice cannot close; the reason shows at the button")
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=notice-error]")));
            browser.screenshot("rural-claim-phone-notice-refused");
            driver.findElement(By.cssSelector("[data-testid=answer]")).sendKeys("已复核，维持原定损");
            click(driver, js, "answer-submit");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=answer-text]")));
            // The browser cannot wait out the notice's seven days: its end is moved to a minute ago.
            jdbc.sql("update rural_public_notice set published_at = published_at - interval '30 days',"
                            + " ends_at = now() - interval '1 minute' where closed_at is null and id ="
                            + " (select notice_id from rural_house_claim where claim_no = :no)")
                    .param("no", driver.findElement(By.tagName("h1")).getText())
                    .update();
            click(driver, js, "close-notice");
            wait.until(d -> d.findElement(By.cssSelector("[data-testid=claim-state]"))
                    .getText()
                    .equals("资料齐全待审核"));
            click(driver, js, "approve");
            wait.until(d -> d.findElement(By.cssSelector("[data-testid=claim-state]"))
                    .getText()
                    .equals("审核通过"));
            click(driver, js, "pay");
            wait.until(d -> d.findElement(By.cssSelector("[data-testid=claim-state]"))
                    .getText()
                    .equals("已支付"));
            assertThat(driver.findElement(By.cssSelector("[data-testid=indemnity]"))
                            .getText())
                    .isEqualTo("8000.00");
            browser.screenshot("rural-claim-phone-paid");
        }
    }

    private static void click(WebDriver driver, JavascriptExecutor js, String testId) {
        WebElement button = driver.findElement(By.cssSelector("[data-testid=" + testId + "]"));
        js.executeScript("arguments[0].scrollIntoView()", button);
        button.click();
    }

    private static java.nio.file.Path photo() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x8b, 0x5a, 0x2b));
        g.fillRect(0, 0, 64, 48);
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(8, 20, 48, 28);
        g.dispose();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("house-", ".png");
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        return file;
    }

    // One scheme opens its dashboard at once; with several (other tests add one), the latest year is first.
    private void openLatestScheme(WebDriver driver) {
        driver.get(url("/rural"));
        if (driver.findElements(By.cssSelector("[data-testid=coverage-figures]"))
                .isEmpty()) {
            driver.findElement(By.cssSelector("main table a")).click();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
