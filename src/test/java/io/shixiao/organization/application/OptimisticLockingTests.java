package io.shixiao.organization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.TestUsers.TestUser;
import io.shixiao.organization.ZoneKind;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.security.Role;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Optimistic locking on PostgreSQL: of two updates made on the same version, the second fails. */
@SpringBootTest
class OptimisticLockingTests {

    @Autowired
    OrgUnitRepository units;

    @Autowired
    ZoneService zones;

    @Autowired
    OrganizationDirectory directory;

    @BeforeEach
    void signInAsAdministrator() {
        signIn();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn() {
        TestUser admin = new TestUser("lock-test", Set.of(Role.ADMIN), DataScope.platform());
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        admin, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @Test
    void theSecondOfTwoUpdatesReadOnTheSameVersionFails() {
        long id = directory.unitByCode("HENGTAI-QH-HD").orElseThrow().id();
        OrgUnit first = units.find(id).orElseThrow();
        OrgUnit second = units.find(id).orElseThrow();
        first.revise(first.code(), first.name(), first.divisionCode());
        units.update(first);
        second.revise(second.code(), second.name() + "（改）", second.divisionCode());
        assertThatThrownBy(() -> units.update(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(units.find(id).orElseThrow().version()).isEqualTo(first.version() + 1);
    }

    @Test
    void ofTwoConcurrentUpdatesExactlyOneWins() throws Exception {
        long unit = directory.unitByCode("HENGTAI-ZJ-HZ").orElseThrow().id();
        ZoneRecord zone = zones.create(unit, "并发测试区域", ZoneKind.OUTSIDE_URBAN, List.of("330182"));
        long version = zone.zone().version();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> updates = List.of("甲", "乙").stream()
                    .<Callable<String>>map(name -> () -> {
                        signIn();
                        start.await();
                        try {
                            zones.update(
                                    zone.zone().id(),
                                    version,
                                    unit,
                                    "并发测试区域" + name,
                                    ZoneKind.OUTSIDE_URBAN,
                                    List.of("330182"));
                            return "ok";
                        } catch (OptimisticLockingFailureException e) {
                            return "conflict";
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    })
                    .toList();
            List<Future<String>> results = updates.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = results.stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(outcomes).containsExactlyInAnyOrder("ok", "conflict");
            assertThat(zones.get(zone.zone().id()).zone().version()).isEqualTo(version + 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
