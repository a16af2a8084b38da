package io.shixiao.servicelevel;

/**
 * Who sets the blanks of a contract: an insurer (服务质量协议) or a policy-based scheme (农房保险投标方案).
 *
 * @param type the kind of party
 * @param id the insurer's or the scheme's id
 */
public record ContractParty(Type type, long id) {

    public ContractParty {
        if (type == null) {
            throw new IllegalArgumentException("A contract party needs a type (INSURER or SCHEME)");
        }
    }

    public static ContractParty insurer(long insurerId) {
        return new ContractParty(Type.INSURER, insurerId);
    }

    public static ContractParty scheme(long schemeId) {
        return new ContractParty(Type.SCHEME, schemeId);
    }

    /** The kind of party. */
    public enum Type {
        /** An insurer: the service-quality agreement's values hold for all its cases. */
        INSURER,
        /** A policy-based scheme of a county and year: the bid's values hold for its cases. */
        SCHEME
    }
}
