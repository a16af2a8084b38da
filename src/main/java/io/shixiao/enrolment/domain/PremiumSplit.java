package io.shixiao.enrolment.domain;

/**
 * What one household's policy costs and who pays it, in fen: the farmer, the central, provincial and
 * county treasuries, and the household's voluntary top-up. The parts always add up to the premium.
 */
public record PremiumSplit(
        long premium, long farmer, long central, long province, long county, long topUp, long sumInsured) {

    public PremiumSplit {
        if (farmer + central + province + county + topUp != premium) {
            throw new IllegalArgumentException("The shares of a premium add up to the premium");
        }
    }

    /** What the treasuries pay together (财政补贴). */
    public long fiscal() {
        return central + province + county;
    }
}
