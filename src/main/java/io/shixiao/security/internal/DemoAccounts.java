package io.shixiao.security.internal;

import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.shared.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of the first run, all with password {@code demo}: the administrator, one
 * account per insurer role at the 浙江分公司 of each demo insurer, the associations, the 互助县
 * authority and two of its village liaisons. Runs after the organisation's demo data and creates only what is missing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "shixiao.demo-data", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final String PASSWORD = "demo";

    private static final List<Role> INSURER_ROLES = List.of(
            Role.AGENT,
            Role.DISPATCHER,
            Role.SURVEYOR,
            Role.ASSESSOR,
            Role.CLAIMS_HANDLER,
            Role.COMPLAINT_HANDLER,
            Role.CALLBACK_AGENT,
            Role.MANAGER,
            Role.QUALITY_INSPECTOR);

    /** The demo liaisons' villages: 高寨街道曹家堡村 and 威远镇安定村 of 互助县. */
    private static final Map<String, String> LIAISON_VILLAGES = Map.of("caojiabao", "曹家堡村", "anding", "安定村");

    private final AccountRepository accounts;
    private final OrganizationDirectory organization;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoAccounts(
            AccountRepository accounts, OrganizationDirectory organization, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.organization = organization;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<NewAccount> wanted = new ArrayList<>();
        String hash = Objects.requireNonNull(passwords.encode(PASSWORD), "encoded password");
        wanted.add(new NewAccount("admin", hash, "平台管理员", Set.of(Role.ADMIN), null, null, null, null, null));
        for (DemoInsurer insurer : DemoInsurer.values()) {
            organization.unitByCode(insurer.branchCode).ifPresent(unit -> {
                for (Role role : INSURER_ROLES) {
                    wanted.add(new NewAccount(
                            insurer.username(role),
                            hash,
                            insurer.shortName + role.chineseName(),
                            Set.of(role),
                            unit.insurerId(),
                            unit.id(),
                            null,
                            null,
                            null));
                }
            });
        }
        for (DemoAssociation association : DemoAssociation.values()) {
            organization
                    .associationIdByCode(association.code)
                    .ifPresent(id -> wanted.add(new NewAccount(
                            association.username,
                            hash,
                            association.displayName,
                            Set.of(Role.ASSOCIATION),
                            null,
                            null,
                            id,
                            null,
                            null)));
        }
        wanted.add(new NewAccount(
                "huzhu.county", hash, "互助县应急管理局", Set.of(Role.COUNTY_AUTHORITY), null, null, null, "630223", null));
        // The village liaisons of two 互助县 villages; the rural housing module's demo data assigns them.
        LIAISON_VILLAGES.forEach((village, villageName) -> {
            wanted.add(new NewAccount(
                    "huzhu.liaison." + village,
                    hash,
                    villageName + "村级联络员",
                    Set.of(Role.VILLAGE_LIAISON),
                    null,
                    null,
                    null,
                    "630223",
                    null));
        });
        Instant now = Instant.now(clock);
        int created = 0;
        for (NewAccount account : wanted) {
            if (!accounts.exists(account.username())) {
                accounts.insert(account, now);
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password '{}')", created, PASSWORD);
        }
    }

    /** The two fictional insurers and the branch whose staff the demo accounts are. */
    enum DemoInsurer {
        ANLAN("anlan", "ANLAN-ZJ", "安澜财险浙江分公司"),
        HENGTAI("hengtai", "HENGTAI-ZJ", "恒泰财险浙江分公司"),
        // The staff of the unit that runs the 互助县 rural housing scheme (the Zhejiang branch does not see it).
        ANLAN_HUZHU("anlan.huzhu", "ANLAN-QH-HZ", "安澜财险互助支公司");

        final String prefix;
        final String branchCode;
        final String shortName;

        DemoInsurer(String prefix, String branchCode, String shortName) {
            this.prefix = prefix;
            this.branchCode = branchCode;
            this.shortName = shortName;
        }

        String username(Role role) {
            return prefix + "." + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The demo associations and their accounts. */
    enum DemoAssociation {
        ZHEJIANG("ZJIA", "zj.association", "浙江省保险行业协会"),
        LONGNAN("LNIA", "ln.association", "陇南市保险行业协会"),
        TIANSHUI("TSIA", "ts.association", "天水市保险行业协会");

        final String code;
        final String username;
        final String displayName;

        DemoAssociation(String code, String username, String displayName) {
            this.code = code;
            this.username = username;
            this.displayName = displayName;
        }
    }
}
