package io.shixiao.enrolment.application;

/**
 * The premium ledger of one area (a village, a township or the county), in fen: what each source paid
 * and what the scheme's rules say its enrolled households owe. {@link #reconciles()} is the acceptance
 * check: farmer + central + province + county + top-ups = premiums = the scheme's figure.
 *
 * @param code the division code of the area
 * @param expected the premiums the scheme's rules give for the area's enrolled households by category
 */
public record LedgerLine(
        String code,
        String name,
        long registered,
        long enrolled,
        long premium,
        long farmer,
        long central,
        long province,
        long county,
        long topUp,
        long farmerPaid,
        long expected) {

    public boolean reconciles() {
        return farmer + central + province + county + topUp == premium && premium == expected;
    }

    LedgerLine plus(LedgerLine other, String code, String name) {
        return new LedgerLine(
                code,
                name,
                registered + other.registered,
                enrolled + other.enrolled,
                premium + other.premium,
                farmer + other.farmer,
                central + other.central,
                province + other.province,
                county + other.county,
                topUp + other.topUp,
                farmerPaid + other.farmerPaid,
                expected + other.expected);
    }

    static LedgerLine empty(String code, String name) {
        return new LedgerLine(code, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
