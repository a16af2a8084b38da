package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.shixiao.SecurityFindingsTests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacks that need a real browser or a real servlet container: a page on another origin tries to
 * change the holiday calendar through the API with the administrator's cached Basic credentials and to
 * deactivate a colleague through the pages with the administrator's session (both refused, nothing
 * changes); the container's own refusals answer problem+json with the security headers; the session
 * cookie is SameSite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteAndContainerTests {

    private static final int ATTACK_YEAR = 2093;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageOnAnotherOriginCannotUploadTheCalendarWithCachedBasicCredentials() throws Exception {
        HttpServer attacker = attackerSite();
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            // The administrator has used the API in this browser: Chromium caches the Basic credentials.
            driver.get("http://admin:demo@localhost:" + port + "/api/v1/calendars");
            assertThat(driver.getPageSource()).contains("CN");

            driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/#api");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.urlContains("/api/v1/calendars/CN/schedule"));
            browser.screenshot("cross-site-api-upload");
            assertThat(driver.getPageSource()).contains("403").contains("another site");
        } finally {
            attacker.stop(0);
        }
        assertThat(jdbc.sql("select count(*) from calendar_year_upload where year = ?")
                        .param(ATTACK_YEAR)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPageOnAnotherOriginCannotChangeAnythingThroughThePagesWithTheSession() throws Exception {
        long staff = jdbc.sql("select s.id from staff s join org_unit u on u.id = s.org_unit_id"
                        + " where u.code = 'HENGTAI-ZJ' and s.active order by s.id desc limit 1")
                .query(Long.class)
                .single();
        HttpServer attacker = attackerSite();
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            driver.get("http://localhost:" + port + "/login");
            driver.findElement(By.id("username")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys("demo");
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=current-user]")));

            driver.get("http://127.0.0.1:" + attacker.getAddress().getPort() + "/?staff=" + staff + "#page");
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("127.0.0.1")));
            browser.screenshot("cross-site-page-form");
        } finally {
            attacker.stop(0);
        }
        assertThat(jdbc.sql("select active from staff where id = ?")
                        .param(staff)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theContainersOwnRefusalsAnswerProblemJsonWithTheSecurityHeaders() throws IOException {
        for (String path : new String[] {"/api/%00", "/api/v1/staff/%2F", "/organization/%00x", "/api/%2e%2e/x%00"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer)
                    .as(path)
                    .startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .containsIgnoringCase("X-Content-Type-Options: nosniff")
                    .containsIgnoringCase("Content-Security-Policy: default-src 'none'")
                    .contains("\"status\":400")
                    .doesNotContain("<html")
                    .doesNotContain("Tomcat");
        }
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnly() throws IOException {
        String answer = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer)
                .containsPattern("(?i)Set-Cookie: JSESSIONID=[^\r\n]*SameSite=Lax")
                .containsPattern("(?i)Set-Cookie: JSESSIONID=[^\r\n]*HttpOnly");
    }

    // MockMvc never runs the container's multipart parser: only a real server shows what a cut-off body does.
    @Test
    void aMultipartBodyCutOffBeforeItsClosingBoundaryIsA400ProblemOnARealServer() throws IOException {
        String body = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nabc";
        String answer = raw("POST /api/v1/calendars/CN/schedule HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
    }

    // A masked CSRF token of the right length (twice the session token's 36 bytes) whose unmasked half is not
    // UTF-8: Spring Security's decoder throws, which answered 500 on the sign-in form itself.
    @Test
    void aCsrfTokenThatUnmasksToInvalidUtf8IsRefusedAtSignInWith403() throws IOException {
        String login = raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String session = login.replaceAll("(?s).*Set-Cookie: (JSESSIONID=[^;\r\n]+).*", "$1");
        assertThat(session).startsWith("JSESSIONID=");
        String body = "username=admin&password=demo&_csrf=" + SecurityFindingsTests.UNDECODABLE_CSRF_TOKEN;
        String answer = raw("POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + session
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(answer).startsWith("HTTP/1.1 403");
    }

    /** Another origin (127.0.0.1 against localhost: another site) with a page that submits a form to Shixiao. */
    private HttpServer attackerSite() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String target = "http://localhost:" + port;
        server.createContext("/", exchange -> {
            String page = """
                    <!doctype html><html><body>
                    <form id="api" method="post" enctype="multipart/form-data" action="%1$s/api/v1/calendars/CN/schedule">
                      <input type="file" name="file" id="file"></form>
                    <form id="page" method="post" action=""><input name="version" value="0"></form>
                    <script>
                      const data = new DataTransfer();
                      data.items.add(new File(["%2$d-01-01,holiday,元旦\\n"], "cn.csv", {type: "text/csv"}));
                      document.getElementById("file").files = data.files;
                      const staff = new URLSearchParams(location.search).get("staff");
                      document.getElementById("page").action = "%1$s/organization/staff/" + staff + "/deactivate";
                      document.getElementById(location.hash.substring(1)).submit();
                    </script></body></html>""".formatted(target, ATTACK_YEAR);
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    /** A request as bytes on a socket: the paths here are ones an HTTP client library refuses to send. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
