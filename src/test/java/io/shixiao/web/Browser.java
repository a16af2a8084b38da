package io.shixiao.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver. Where neither is installed the browser
 * tests are skipped, unless {@code SHIXIAO_REQUIRE_BROWSER=true} (CI), where that is a failure.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open(int width, int height) throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equals(System.getenv("SHIXIAO_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Browser tests are required but chromium/chromedriver are not installed");
        }
        Assumptions.assumeTrue(installed, "chromium and chromedriver are not installed");
        Path profile = Files.createTempDirectory("shixiao-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, profile);
    }

    /** Saves a screenshot under {@code SHIXIAO_SCREENSHOTS} (default {@code target/screenshots}). */
    Path screenshot(String name) throws IOException {
        Path directory = Path.of(System.getenv().getOrDefault("SHIXIAO_SCREENSHOTS", "target/screenshots"));
        Files.createDirectories(directory);
        Path target = directory.resolve(name + ".png");
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Signs in through the login page as a demo account (password demo) and waits for the signed-in shell. */
    static void signIn(WebDriver driver, String baseUrl, String username) {
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage("signed in as " + username)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=current-user]")));
    }

    /**
     * Clicks a button whose form reloads the page and waits until the old page is gone, so that what is read
     * next (a status, a flash) is the answer's and not the previous page's.
     */
    static void submit(WebDriver driver, WebElement button) {
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
