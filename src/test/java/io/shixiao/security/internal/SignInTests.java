package io.shixiao.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.security.ScopedUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theLoginPageIsChineseAndOpenToEveryone() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录")));
    }

    @Test
    void pagesSendStrangersToTheLoginPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void theApiAsksStrangersForBasicCredentialsWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/calendars"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = "throttle-" + System.nanoTime();
        accounts.insert(
                new NewAccount(
                        username, passwords.encode("right"), "限流测试", Set.of(Role.ADMIN), null, null, null, null, null),
                Instant.now(clock));

        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/calendars").with(httpBasic(username, "wrong")))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/calendars").with(httpBasic(username, "right")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("locked")));
        assertThat(jdbc.sql("select count(*) from audit_entry where actor = :actor and action = 'LOGIN_LOCKED'")
                        .param("actor", username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFailureCountBelowTheThresholdIsForgottenAfterASuccess() throws Exception {
        String username = "reset-" + System.nanoTime();
        accounts.insert(
                new NewAccount(
                        username, passwords.encode("right"), "重置测试", Set.of(Role.ADMIN), null, null, null, null, null),
                Instant.now(clock));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(get("/api/v1/calendars").with(httpBasic(username, "wrong")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/calendars").with(httpBasic(username, "right"))).andExpect(status().isOk());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(get("/api/v1/calendars").with(httpBasic(username, "wrong")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/calendars").with(httpBasic(username, "right"))).andExpect(status().isOk());
    }

    @Test
    void insurerStaffReachTheirBranchSubtreeOnly() {
        ScopedUser manager = (ScopedUser) users.loadUserByUsername("anlan.manager");
        ScopedUser other = (ScopedUser) users.loadUserByUsername("hengtai.manager");

        assertThat(manager.dataScope().reach()).isEqualTo(DataScope.Reach.ORGANISATION_SUBTREE);
        assertThat(manager.dataScope().insurerId())
                .isNotEqualTo(other.dataScope().insurerId());
        assertThat(manager.dataScope()
                        .canSee(other.dataScope().insurerId(), other.dataScope().orgPath()))
                .isFalse();
        assertThat(manager.dataScope()
                        .canSee(
                                manager.dataScope().insurerId(),
                                manager.dataScope().orgPath() + "99/"))
                .isTrue();
    }

    @Test
    void everyDemoRoleHasAnAccountWithTheRightReach() {
        assertThat(((ScopedUser) users.loadUserByUsername("admin")).dataScope().isPlatform())
                .isTrue();
        assertThat(((ScopedUser) users.loadUserByUsername("zj.association"))
                        .dataScope()
                        .reach())
                .isEqualTo(DataScope.Reach.ASSOCIATION_AGGREGATES);
        assertThat(((ScopedUser) users.loadUserByUsername("huzhu.county"))
                        .dataScope()
                        .divisionCode())
                .isEqualTo("630223");
        for (DemoAccounts.DemoInsurer insurer : DemoAccounts.DemoInsurer.values()) {
            for (Role role : Role.values()) {
                if (role.isInsurerStaff()) {
                    ScopedUser user = (ScopedUser) users.loadUserByUsername(insurer.username(role));
                    assertThat(user.roles()).containsExactly(role);
                }
            }
        }
    }
}
