package io.shixiao.enrolment.application;

import static io.shixiao.servicelevel.clock.domain.ClockDomainFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shixiao.enrolment.domain.HouseholdCategory;
import io.shixiao.enrolment.domain.LossExtent;
import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.organization.OrganizationDirectory;
import io.shixiao.servicelevel.clock.ClockTestConfiguration;
import io.shixiao.servicelevel.clock.MutableClock;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.ScopedUser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A house claim's photos: stored from arrival on, told by content (text named .jpg refused), at most the
 * size limit, given back unchanged, counted by the assessment, hidden from another branch.
 */
@SpringBootTest(properties = "shixiao.service-levels.sweep.enabled=false")
@Import(ClockTestConfiguration.class)
class HouseClaimPhotosTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired
    Schemes schemes;

    @Autowired
    Households households;

    @Autowired
    HouseClaims claims;

    @Autowired
    HouseClaimPhotos photos;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Test
    void photosAreCheckedByContentStoredUnchangedAndScoped() {
        clock.set(at("2017-09-01T09:00:00"));
        ScopedUser admin = (ScopedUser) users.loadUserByUsername("admin");
        ScopedUser surveyor = (ScopedUser) users.loadUserByUsername("anlan.huzhu.surveyor");
        long unit = organization.unitByCode("ANLAN-QH-HZ").orElseThrow().id();
        Scheme scheme = schemes.create(TestSchemes.huzhu(2017, unit, SchemeRules.huzhuBid()), "admin");
        String village =
                schemes.villageCodes(scheme).stream().sorted().findFirst().orElseThrow();
        households.registerAll(
                scheme.id(),
                List.of(TestHouseholds.row(830_001, village, HouseholdCategory.ORDINARY)),
                List.of(),
                admin);
        long household =
                households.ofVillage(scheme.id(), village, surveyor, 1).get(0).id();
        clock.set(at("2017-10-02T09:00:00"));
        ClaimView claim = claims.reportBatch(
                        scheme.id(),
                        village,
                        "大风",
                        at("2017-10-02T06:00:00"),
                        List.of(household),
                        HouseClaims.When.now(),
                        surveyor)
                .get(0);

        assertThatThrownBy(() -> photos.add(claim.id(), PNG, null, surveyor))
                .as("not before the surveyor is on site")
                .isInstanceOf(InvalidInputException.class);
        claims.arrive(claim.id(), HouseClaims.When.now(), surveyor);

        HouseClaimPhotos.Photo stored = photos.add(claim.id(), PNG, "东墙裂缝", surveyor);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.sha256()).hasSize(64);
        assertThat(photos.content(claim.id(), stored.id(), surveyor).bytes()).isEqualTo(PNG);
        assertThatThrownBy(
                        () -> photos.add(claim.id(), "not a photo".getBytes(StandardCharsets.UTF_8), "x.jpg", surveyor))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("checked by its content");
        byte[] huge = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 5 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> photos.add(claim.id(), huge, null, surveyor))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("larger than 5 MB");

        ScopedUser zhejiang = (ScopedUser) users.loadUserByUsername("anlan.surveyor");
        assertThatThrownBy(() -> photos.of(claim.id(), zhejiang)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> photos.content(claim.id(), stored.id(), zhejiang))
                .isInstanceOf(NotFoundException.class);

        claims.assess(
                claim.id(),
                LossExtent.PARTIAL_DAMAGE,
                500_000,
                photos.of(claim.id(), surveyor).size(),
                HouseClaims.When.now(),
                surveyor);
        assertThat(claims.visible(claim.id(), surveyor).photos()).isEqualTo(1);
    }
}
