package io.shixiao.policies.domain;

/**
 * Why a policy is surrendered (退保). 机动车交通事故责任强制保险条例第十六条 lets a policyholder end 交强险 only
 * in its three cases; every other cover can be surrendered at the policyholder's request at any time
 * (保险法第十五条), and nobody may block it.
 */
public enum SurrenderReason {
    /** 被保险机动车被依法注销登记 (条例第十六条第一项). */
    VEHICLE_DEREGISTERED(true),
    /** 被保险机动车办理停驶 (条例第十六条第二项). */
    VEHICLE_LAID_UP(true),
    /** 被保险机动车经公安机关证实丢失 (条例第十六条第三项). */
    VEHICLE_LOST(true),
    /** 投保人要求解除 (保险法第十五条): not for 交强险. */
    POLICYHOLDER_REQUEST(false);

    private final boolean endsCtpl;

    SurrenderReason(boolean endsCtpl) {
        this.endsCtpl = endsCtpl;
    }

    /** Whether the reason is one of those that allow ending 交强险. */
    public boolean endsCtpl() {
        return endsCtpl;
    }
}
