package io.shixiao.servicelevel;

import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.organization.OrgUnitView;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.organization.application.InsurerService;
import io.shixiao.organization.application.OrgUnitService;
import io.shixiao.organization.domain.Insurer;
import io.shixiao.organization.domain.OrgUnit;
import io.shixiao.servicelevel.clock.TestUser;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A fresh insurer for each golden scenario, with the branch tree of the demo insurers: its
 * service agreement, its company figures and its blanks are the scenario's own, so that no scenario
 * depends on what another test (or the demo data) set for 安澜 or 恒泰.
 */
final class ScenarioInsurers {

    /** The demo tree, plus a 宁波 unit for the carve-out of 浙江规范第一章 2.: suffix, parent, level, division. */
    private static final List<Node> TREE = List.of(
            new Node("HQ", null, OrgUnitLevel.HEAD_OFFICE, "3301"),
            new Node("ZJ", "HQ", OrgUnitLevel.BRANCH, "33"),
            new Node("ZJ-HZ", "ZJ", OrgUnitLevel.CENTRAL_SUB_BRANCH, "3301"),
            new Node("ZJ-HZ-XH", "ZJ-HZ", OrgUnitLevel.SUB_BRANCH, "330106"),
            new Node("ZJ-NB", "ZJ", OrgUnitLevel.CENTRAL_SUB_BRANCH, "3302"),
            new Node("QH", "HQ", OrgUnitLevel.BRANCH, "63"),
            new Node("QH-HD", "QH", OrgUnitLevel.CENTRAL_SUB_BRANCH, "6302"),
            new Node("QH-HZ", "QH-HD", OrgUnitLevel.SUB_BRANCH, "630223"));

    // Codes and credit codes must be unique in the database the whole suite shares.
    private static final int RUN = ThreadLocalRandom.current().nextInt(1_000, 9_000);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final InsurerService insurers;
    private final OrgUnitService units;
    private final OrganizationDirectory directory;

    ScenarioInsurers(InsurerService insurers, OrgUnitService units, OrganizationDirectory directory) {
        this.insurers = insurers;
        this.units = units;
        this.directory = directory;
    }

    /** A new insurer and its units by suffix ({@code ZJ-HZ-XH} …), registered as the platform administrator. */
    Map<String, OrgUnitView> create() {
        int number = SEQUENCE.incrementAndGet();
        String code = "GOLDEN-" + RUN + "-" + number;
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext admin = SecurityContextHolder.createEmptyContext();
        admin.setAuthentication(new UsernamePasswordAuthenticationToken(TestUser.admin(), null, List.of()));
        SecurityContextHolder.setContext(admin);
        try {
            Insurer insurer = insurers.create(
                    code,
                    "黄金场景财产保险股份有限公司" + number,
                    "黄金场景" + number,
                    UnifiedSocialCreditCode.complete(String.format("91330000GD%03d%04d", RUN % 1000, number))
                            .value(),
                    "95599");
            Map<String, OrgUnitView> bySuffix = new LinkedHashMap<>();
            for (Node node : TREE) {
                Long parent = node.parent() == null
                        ? null
                        : bySuffix.get(node.parent()).id();
                OrgUnit unit = units.create(
                        insurer.id(),
                        parent,
                        node.level(),
                        code + "-" + node.suffix(),
                        "黄金场景" + number + node.suffix(),
                        node.division());
                bySuffix.put(node.suffix(), directory.unit(unit.id()).orElseThrow());
            }
            return bySuffix;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private record Node(String suffix, @Nullable String parent, OrgUnitLevel level, String division) {}
}
