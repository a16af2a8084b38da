package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each demo account signs in through the real login page in headless Chromium, sees its own name,
 * its data scope and the menu of its role, and leaves a screenshot for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RolesInTheBrowserTests {

    @LocalServerPort
    int port;

    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of("admin", "平台管理员", "全平台", List.of("审计日志"), List.of()),
                Arguments.of("anlan.agent", "安澜财险浙江分公司坐席", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.dispatcher", "安澜财险浙江分公司调度", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.surveyor", "安澜财险浙江分公司查勘员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.assessor", "安澜财险浙江分公司定损核损", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.claims-handler", "安澜财险浙江分公司理赔处理", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.complaint-handler", "安澜财险浙江分公司投诉专员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.callback-agent", "安澜财险浙江分公司回访员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.manager", "安澜财险浙江分公司管理人员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("anlan.quality-inspector", "安澜财险浙江分公司质检员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.agent", "恒泰财险浙江分公司坐席", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.dispatcher", "恒泰财险浙江分公司调度", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.surveyor", "恒泰财险浙江分公司查勘员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.assessor", "恒泰财险浙江分公司定损核损", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.claims-handler", "恒泰财险浙江分公司理赔处理", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.complaint-handler", "恒泰财险浙江分公司投诉专员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.callback-agent", "恒泰财险浙江分公司回访员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.manager", "恒泰财险浙江分公司管理人员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("hengtai.quality-inspector", "恒泰财险浙江分公司质检员", "本机构及下属机构", List.of(), List.of("审计日志")),
                Arguments.of("zj.association", "浙江省保险行业协会", "会员公司汇总数据", List.of(), List.of("审计日志")),
                Arguments.of("ln.association", "陇南市保险行业协会", "会员公司汇总数据", List.of(), List.of("审计日志")),
                Arguments.of("ts.association", "天水市保险行业协会", "会员公司汇总数据", List.of(), List.of("审计日志")),
                Arguments.of("huzhu.county", "互助县应急管理局", "本县政策性保险", List.of(), List.of("审计日志")),
                Arguments.of(
                        "huzhu.liaison.caojiabao",
                        "曹家堡村村级联络员",
                        "本人负责的村",
                        List.of("上报受灾农房"),
                        List.of("审计日志", "农房保险方案", "工作日历")),
                Arguments.of(
                        "huzhu.liaison.anding",
                        "安定村村级联络员",
                        "本人负责的村",
                        List.of("上报受灾农房"),
                        List.of("审计日志", "农房保险方案", "工作日历")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void eachDemoAccountSignsInAndSeesItsOwnMenuAndScope(
            String username, String displayName, String scope, List<String> menuHas, List<String> menuLacks)
            throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), username);

            assertThat(driver.findElement(By.cssSelector("[data-testid=current-user]"))
                            .getText())
                    .contains(displayName);
            assertThat(driver.findElement(By.cssSelector("[data-testid=scope]")).getText())
                    .isEqualTo(scope);
            String menu = driver.findElement(By.id("sidebar")).getText();
            assertThat(menu).contains("首页");
            menuHas.forEach(item -> assertThat(menu).contains(item));
            menuLacks.forEach(item -> assertThat(menu).doesNotContain(item));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .withMessage("the clock chart is drawn")
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-testid=clock-chart] canvas")));
            browser.screenshot("home-" + username);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phoneUsers")
    void thePhoneLayoutFoldsTheMenuBehindAButton(String username) throws Exception {
        try (Browser browser = Browser.open(390, 844)) {
            WebDriver driver = browser.driver;
            driver.get(url("/login"));
            browser.screenshot("phone-login");
            Browser.signIn(driver, url(""), username);
            assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isFalse();
            driver.findElement(By.cssSelector(".menu-toggle")).click();
            assertThat(driver.findElement(By.id("sidebar")).isDisplayed()).isTrue();
            browser.screenshot("phone-menu-" + username);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("insurerManagers")
    void anInsurerManagerSeesOnlyItsOwnInsurersStaffAndOutlets(
            String username, String ownPrefix, String otherPrefix, String otherName) throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), username);
            driver.get(url("/organization/staff"));
            String staff = driver.findElement(By.tagName("main")).getText();
            assertThat(staff).contains(ownPrefix + "000107").doesNotContain(otherPrefix + "0001");
            browser.screenshot("staff-" + username);
            driver.get(url("/organization/outlets"));
            assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(otherName);
            browser.screenshot("outlets-" + username);
            driver.get(url("/organization/staff/999999"));
            assertThat(driver.getTitle())
                    .as("another insurer's or a missing record")
                    .contains("未找到");
        }
    }

    static Stream<Arguments> insurerManagers() {
        return Stream.of(
                Arguments.of("anlan.manager", "AL", "HT", "恒泰"), Arguments.of("hengtai.manager", "HT", "AL", "安澜"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void theAdministratorsPagesRenderInChinese(String path, String heading) throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), "admin");
            driver.get(url(path));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains(heading);
            browser.screenshot(
                    "admin" + path.replace('/', '-').replace('?', '-').replace('=', '-'));
        }
    }

    static Stream<Arguments> adminPages() {
        return Stream.of(
                Arguments.of("/admin/audit", "审计日志"),
                Arguments.of("/organization/insurers", "机构"),
                Arguments.of("/service-levels/calendar?year=2025", "2025"),
                Arguments.of("/service-levels/monitor", "时效监控"),
                Arguments.of("/service-levels/compliance", "时效达标统计"),
                Arguments.of("/service-levels/standards", "时效标准"),
                Arguments.of("/admin/standards/parameters", "合同与时效参数"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phoneUsers")
    void theEnglishSwitchTranslatesTheShellAndStaysOn(String username) throws Exception {
        try (Browser browser = Browser.open(1280, 900)) {
            WebDriver driver = browser.driver;
            Browser.signIn(driver, url(""), username);
            driver.findElement(By.cssSelector("a.lang")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
            assertThat(driver.findElement(By.id("sidebar")).getText())
                    .containsIgnoringCase("Service levels")
                    .doesNotContain("时效管理");
            driver.get(url("/service-levels/monitor"));
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            browser.screenshot("english-monitor-" + username);
        }
    }

    static Stream<String> phoneUsers() {
        return Stream.of("anlan.surveyor");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
