package io.shixiao.shared.security;

/**
 * What records a user may see. Insurer staff see their organisation unit and its subtree (the
 * materialised {@code orgPath}, e.g. {@code /1/4/9/}); the platform administrator sees everything;
 * an association sees only aggregates over its member insurers; a county authority sees the
 * schemes of its division; a village liaison reaches only the villages assigned to them within their
 * county (the assignment is the rural housing module's).
 */
public record DataScope(
        Reach reach, Long insurerId, Long orgUnitId, String orgPath, Long associationId, String divisionCode) {

    /** How far a user's view reaches. */
    public enum Reach {
        /** Every record of every insurer (platform administrator). */
        PLATFORM,
        /** The records of one insurer's organisation unit and everything below it. */
        ORGANISATION_SUBTREE,
        /** Aggregates over the association's member insurers; no individual record. */
        ASSOCIATION_AGGREGATES,
        /** The policy-based schemes of one county. */
        COUNTY,
        /** The villages assigned to a village liaison within one county; no record of any insurer. */
        VILLAGES
    }

    public static DataScope platform() {
        return new DataScope(Reach.PLATFORM, null, null, null, null, null);
    }

    public static DataScope subtree(long insurerId, long orgUnitId, String orgPath) {
        return new DataScope(Reach.ORGANISATION_SUBTREE, insurerId, orgUnitId, orgPath, null, null);
    }

    public static DataScope association(long associationId) {
        return new DataScope(Reach.ASSOCIATION_AGGREGATES, null, null, null, associationId, null);
    }

    public static DataScope county(String divisionCode) {
        return new DataScope(Reach.COUNTY, null, null, null, null, divisionCode);
    }

    public static DataScope villages(String countyDivisionCode) {
        return new DataScope(Reach.VILLAGES, null, null, null, null, countyDivisionCode);
    }

    public boolean isPlatform() {
        return reach == Reach.PLATFORM;
    }

    /** Whether a record owned by {@code recordInsurerId} at {@code recordOrgPath} is visible. */
    public boolean canSee(Long recordInsurerId, String recordOrgPath) {
        return switch (reach) {
            case PLATFORM -> true;
            case ORGANISATION_SUBTREE ->
                insurerId.equals(recordInsurerId) && recordOrgPath != null && recordOrgPath.startsWith(orgPath);
            case ASSOCIATION_AGGREGATES, COUNTY, VILLAGES -> false;
        };
    }

    /**
     * Whether the scope lists individual records (cases, clocks, staff): the platform and insurer staff
     * do; an association and a county authority see aggregates only.
     */
    public boolean seesRecords() {
        return reach == Reach.PLATFORM || reach == Reach.ORGANISATION_SUBTREE;
    }

    /** Whether an insurer as a whole (its name, its tree) is visible. */
    public boolean canSeeInsurer(Long recordInsurerId) {
        return reach == Reach.PLATFORM || (reach == Reach.ORGANISATION_SUBTREE && insurerId.equals(recordInsurerId));
    }
}
