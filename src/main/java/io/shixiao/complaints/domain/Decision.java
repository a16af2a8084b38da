package io.shixiao.complaints.domain;

/**
 * A complaint's decision with what 投诉办法第十九条 requires the complainant be told: how the complaint was
 * verified, the basis and reasons of the decision, and the remedies still open (核查, 调解, 仲裁, 诉讼).
 *
 * @param upheld whether the decision finds for the complainant (wholly or partly)
 */
public record Decision(boolean upheld, String factsVerified, String basis, String reasons, String remediesOpen) {

    /** 投诉办法第十九条: the remedies a complainant may still pursue, named in every notice. */
    public static final String STATUTORY_REMEDIES = "如对本处理决定有异议，您可以自收到本决定之日起30日内向我公司上级机构书面申请核查，也可以申请调解、仲裁或者依法提起诉讼。";

    public Decision {
        requireText(factsVerified, "factsVerified");
        requireText(basis, "basis");
        requireText(reasons, "reasons");
        remediesOpen = remediesOpen == null || remediesOpen.isBlank() ? STATUTORY_REMEDIES : remediesOpen.strip();
        factsVerified = factsVerified.strip();
        basis = basis.strip();
        reasons = reasons.strip();
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new TransitionRefused(field, "投诉办法第十九条: a decision states " + field);
        }
    }
}
