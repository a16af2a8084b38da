package io.shixiao.complaints.domain;

/**
 * 重大消费投诉 (投诉办法第二十九条): flagged at intake and escalated at once. The rule reads as the article:
 * a complaint caused by a major natural disaster, accident or public-health event, or a group complaint of
 * 20 or more complainants made together in person (面谈, which the platform records as the outlet channel).
 */
public final class MajorComplaintRule {

    /** 第二十九条（二）: "20名以上" — 以上 includes the number (第四十三条). */
    public static final int GROUP_COMPLAINANTS = 20;

    private MajorComplaintRule() {}

    public static boolean isMajor(ContactChannel channel, int complainants, boolean disasterRelated) {
        return disasterRelated || groupComplaintInPerson(channel, complainants);
    }

    static boolean groupComplaintInPerson(ContactChannel channel, int complainants) {
        return channel == ContactChannel.OUTLET && complainants >= GROUP_COMPLAINANTS;
    }
}
