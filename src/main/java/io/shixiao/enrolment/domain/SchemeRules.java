package io.shixiao.enrolment.domain;

/**
 * The money rules of a scheme, all data (R09–R11, R14): the premium per household, the farmer's share
 * of an ordinary household, how the treasuries split the rest, the sums insured, what a special
 * household pays (nothing by default) and what its voluntary top-up costs and buys, the deductible, and
 * how many days the village public notice (公示) runs before payment (0: the scheme requires none).
 * Amounts in fen.
 */
public record SchemeRules(
        long premium,
        long farmerShare,
        int centralPercent,
        int provincePercent,
        int countyPercent,
        long sumInsured,
        long specialFarmerShare,
        long specialSumInsured,
        long topUp,
        long toppedUpSumInsured,
        long deductible,
        int noticeDays) {

    /** The longest public notice a scheme may ask for. */
    public static final int LONGEST_NOTICE_DAYS = 30;

    public SchemeRules {
        require(premium > 0, "premium", "a premium is more than nothing");
        require(farmerShare >= 0 && farmerShare <= premium, "farmerShare", "lies between 0 and the premium");
        require(
                specialFarmerShare >= 0 && specialFarmerShare <= farmerShare,
                "specialFarmerShare",
                "lies between 0 and an ordinary household's share");
        require(
                centralPercent >= 0 && provincePercent >= 0 && countyPercent >= 0,
                "centralPercent",
                "a treasury's share is not negative");
        require(
                centralPercent + provincePercent + countyPercent == 100,
                "countyPercent",
                "the central, provincial and county shares of the subsidy make 100%");
        require(sumInsured > 0, "sumInsured", "a sum insured is more than nothing");
        require(
                specialSumInsured > 0 && specialSumInsured <= sumInsured,
                "specialSumInsured",
                "lies between nothing and the ordinary sum insured");
        require(topUp >= 0, "topUp", "a top-up is not negative");
        require(
                toppedUpSumInsured >= specialSumInsured,
                "toppedUpSumInsured",
                "a top-up does not lower the sum insured");
        require(deductible >= 0 && deductible < sumInsured, "deductible", "lies below the sum insured");
        require(noticeDays >= 0 && noticeDays <= LONGEST_NOTICE_DAYS, "noticeDays", "lies between 0 and 30");
    }

    /**
     * 互助县's rules as the bid states them: 30 yuan a household, 30,000 insured; the farmer pays 10, the
     * treasuries 20, province and county 50/50 (R11); special households 20 by the treasuries for 20,000,
     * and a voluntary 10 more for 30,000 (R10). The bid sets no deductible and no public notice.
     */
    public static SchemeRules huzhuBid() {
        return new SchemeRules(3000, 1000, 0, 50, 50, 3_000_000, 0, 2_000_000, 1000, 3_000_000, 0, 0);
    }

    /**
     * The premium and who pays it for a household of {@code category}; {@code topUp} counts only for a
     * special household (an ordinary one is already insured in full).
     */
    public PremiumSplit splitFor(HouseholdCategory category, boolean topUp) {
        long farmer = category.isSpecial() ? specialFarmerShare : farmerShare;
        long fiscal = premium - farmer;
        long central = fiscal * centralPercent / 100;
        long province = fiscal * provincePercent / 100;
        // The county takes what rounding leaves, so the shares always make the whole subsidy.
        long county = fiscal - central - province;
        boolean toppedUp = category.isSpecial() && topUp && this.topUp > 0;
        long extra = toppedUp ? this.topUp : 0;
        long insured = !category.isSpecial() ? sumInsured : toppedUp ? toppedUpSumInsured : specialSumInsured;
        return new PremiumSplit(premium + extra, farmer, central, province, county, extra, insured);
    }

    /** Whether the scheme requires the village public notice (公示) of assessed losses before payment. */
    public boolean requiresPublicNotice() {
        return noticeDays > 0;
    }

    private static void require(boolean rule, String field, String message) {
        if (!rule) {
            throw new SchemeRuleViolation(field, message);
        }
    }
}
