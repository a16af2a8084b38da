package io.shixiao.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bid's money rules (R09–R11), coverage (R01), the indemnity (R14) and one row's checks (R04). */
class SchemeRulesTests {

    private final SchemeRules huzhu = SchemeRules.huzhuBid();

    @Test
    void anOrdinaryHouseholdPaysTenYuanAndTheProvinceAndCountyTenEachForThirtyThousand() {
        PremiumSplit split = huzhu.splitFor(HouseholdCategory.ORDINARY, false);

        assertThat(split.premium()).isEqualTo(3000);
        assertThat(split.farmer()).isEqualTo(1000);
        assertThat(split.central()).isZero();
        assertThat(split.province()).isEqualTo(1000);
        assertThat(split.county()).isEqualTo(1000);
        assertThat(split.fiscal()).isEqualTo(2000);
        assertThat(split.sumInsured()).isEqualTo(3_000_000);
    }

    @Test
    void anOrdinaryHouseholdCannotTopUpWhatIsAlreadyInsuredInFull() {
        assertThat(huzhu.splitFor(HouseholdCategory.ORDINARY, true))
                .isEqualTo(huzhu.splitFor(HouseholdCategory.ORDINARY, false));
    }

    @Test
    void aSpecialHouseholdIsPaidForByTheTreasuriesForTwentyThousand() {
        for (HouseholdCategory category : HouseholdCategory.values()) {
            if (!category.isSpecial()) {
                continue;
            }
            PremiumSplit split = huzhu.splitFor(category, false);
            assertThat(split.farmer()).isZero();
            assertThat(split.fiscal()).isEqualTo(3000);
            assertThat(split.province()).isEqualTo(1500);
            assertThat(split.county()).isEqualTo(1500);
            assertThat(split.sumInsured()).isEqualTo(2_000_000);
        }
    }

    @Test
    void aSpecialHouseholdsVoluntaryTenYuanBringsItToThirtyThousand() {
        PremiumSplit split = huzhu.splitFor(HouseholdCategory.LOW_INCOME, true);

        assertThat(split.topUp()).isEqualTo(1000);
        assertThat(split.premium()).isEqualTo(4000);
        assertThat(split.sumInsured()).isEqualTo(3_000_000);
    }

    @Test
    void theCountyTakesWhatRoundingLeavesSoTheSharesAlwaysMakeTheSubsidy() {
        SchemeRules thirds = new SchemeRules(3001, 1000, 33, 33, 34, 3_000_000, 0, 2_000_000, 0, 2_000_000, 0, 0);
        PremiumSplit split = thirds.splitFor(HouseholdCategory.ORDINARY, false);

        assertThat(split.central() + split.province() + split.county()).isEqualTo(2001);
    }

    @Test
    void sharesThatDoNotMakeAHundredPercentAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new SchemeRules(3000, 1000, 0, 50, 40, 3_000_000, 0, 2_000_000, 1000, 3_000_000, 0, 0))
                .isInstanceOfSatisfying(
                        SchemeRuleViolation.class, e -> assertThat(e.field()).isEqualTo("countyPercent"));
        assertThatThrownBy(() -> new SchemeRules(3000, 4000, 0, 50, 50, 3_000_000, 0, 2_000_000, 1000, 3_000_000, 0, 0))
                .isInstanceOf(SchemeRuleViolation.class);
    }

    @Test
    void coverageIsEnrolledOverRegisteredAndAnEmptyVillageHasNothingLeftToCover() {
        assertThat(new Coverage(200, 150).ratio()).isEqualTo(0.75);
        assertThat(new Coverage(200, 150).notEnrolled()).isEqualTo(50);
        assertThat(new Coverage(0, 0).isComplete()).isTrue();
        assertThat(new Coverage(10, 9).plus(new Coverage(5, 5))).isEqualTo(new Coverage(15, 14));
        assertThatThrownBy(() -> new Coverage(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCollapsedHousePaysTheSumInsuredAndADamagedOneItsRepairLessDeductibleUpToIt() {
        assertThat(Indemnity.payable(LossExtent.TOTAL_COLLAPSE, 10_000, 3_000_000, 50_000))
                .isEqualTo(3_000_000);
        assertThat(Indemnity.payable(LossExtent.PARTIAL_DAMAGE, 800_000, 3_000_000, 50_000))
                .isEqualTo(750_000);
        assertThat(Indemnity.payable(LossExtent.PARTIAL_DAMAGE, 9_000_000, 2_000_000, 0))
                .isEqualTo(2_000_000);
        assertThat(Indemnity.payable(LossExtent.PARTIAL_DAMAGE, 30_000, 3_000_000, 50_000))
                .isZero();
    }

    @Test
    void aHouseOnNoticeIsPaidOnlyAfterTheWindowWithEveryObjectionAnswered() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant published = Instant.parse("2025-09-29T07:00:00Z");
        PublicNotice notice = PublicNotice.open(published, 1, shanghai);
        assertThat(notice.endsAt()).isEqualTo(Instant.parse("2025-09-30T16:00:00Z"));

        HouseClaim claim = HouseClaim.reported(3_000_000, true);
        claim.arrive();
        assertThatThrownBy(() -> claim.assess(LossExtent.PARTIAL_DAMAGE, 800_000, 0, 0))
                .isInstanceOf(SchemeRuleViolation.class);
        claim.assess(LossExtent.PARTIAL_DAMAGE, 800_000, 0, 3);
        claim.putOnNotice();
        assertThatThrownBy(() -> claim.completeFile(notice, Instant.parse("2025-09-30T10:00:00Z")))
                .isInstanceOf(SchemeRuleViolation.class);
        PublicNotice objected = new PublicNotice(notice.publishedAt(), notice.endsAt(), 1);
        assertThatThrownBy(() -> claim.completeFile(objected, Instant.parse("2025-10-01T01:00:00Z")))
                .isInstanceOf(SchemeRuleViolation.class);
        claim.completeFile(notice, Instant.parse("2025-10-01T01:00:00Z"));
        assertThatThrownBy(() -> claim.pay(true)).isInstanceOf(SchemeRuleViolation.class);
        claim.approve();
        assertThatThrownBy(() -> claim.pay(false)).isInstanceOf(SchemeRuleViolation.class);
        claim.pay(true);
        assertThat(claim.state()).isEqualTo(ClaimState.PAID);
    }

    @Test
    void aSchemeWithoutNoticeCompletesTheFileRightAfterAssessment() {
        HouseClaim claim = HouseClaim.reported(2_000_000, false);
        claim.arrive();
        claim.assess(LossExtent.TOTAL_COLLAPSE, 0, 0, 1);
        assertThat(claim.indemnity()).isEqualTo(2_000_000);
        assertThatThrownBy(claim::putOnNotice).isInstanceOf(SchemeRuleViolation.class);
        claim.completeFile(null, Instant.EPOCH);
        assertThat(claim.state()).isEqualTo(ClaimState.DOCUMENTS_COMPLETE);
    }

    @Test
    void aRowIsCheckedFieldByFieldWithTheReasonInChinese() {
        Map<ImportColumn, String> cells = validRow();
        assertThat(HouseholdRow.check(cells, Set.of("630223100201"), 2026).valid())
                .isTrue();

        char check = checkOf("63022319900101123");
        cells.put(ImportColumn.HEAD_ID, "63022319900101123" + (check == '0' ? '1' : '0'));
        HouseholdRow.Checked badId = HouseholdRow.check(cells, Set.of("630223100201"), 2026);
        assertThat(badId.problem().column()).isEqualTo(ImportColumn.HEAD_ID);
        assertThat(badId.problem().reason()).contains("校验码");

        cells = validRow();
        cells.put(ImportColumn.YEAR_BUILT, "2005年3月");
        assertThat(HouseholdRow.check(cells, Set.of("630223100201"), 2026)
                        .problem()
                        .column())
                .isEqualTo(ImportColumn.YEAR_BUILT);

        cells = validRow();
        cells.put(ImportColumn.TOP_UP, "是");
        assertThat(HouseholdRow.check(cells, Set.of("630223100201"), 2026)
                        .problem()
                        .reason())
                .contains("特殊农户");

        cells = validRow();
        cells.remove(ImportColumn.ADDRESS);
        assertThat(HouseholdRow.check(cells, Set.of("630223100201"), 2026)
                        .problem()
                        .reason())
                .isEqualTo("缺少详细地址");
        assertThat(HouseholdRow.check(validRow(), Set.of("630223100202"), 2026)
                        .problem()
                        .column())
                .isEqualTo(ImportColumn.VILLAGE_CODE);
    }

    static Map<ImportColumn, String> validRow() {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        cells.put(ImportColumn.HEAD_NAME, "李正德");
        cells.put(ImportColumn.HEAD_ID, "63022319900101123" + checkOf("63022319900101123"));
        cells.put(ImportColumn.REGISTER_NO, "HZ00000001");
        cells.put(ImportColumn.MEMBERS, "4");
        cells.put(ImportColumn.VILLAGE_CODE, "630223100201");
        cells.put(ImportColumn.ADDRESS, "威远镇某村12号");
        cells.put(ImportColumn.STRUCTURE, "砖混");
        cells.put(ImportColumn.YEAR_BUILT, "1998");
        cells.put(ImportColumn.FLOOR_AREA, "96.5");
        cells.put(ImportColumn.CATEGORY, "一般农户");
        cells.put(ImportColumn.BANK_ACCOUNT, "6217000000001234567");
        cells.put(ImportColumn.PHONE, "13997001234");
        return cells;
    }

    static char checkOf(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] checks = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return checks[sum % 11];
    }
}
