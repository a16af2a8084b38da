package io.shixiao.organization.domain;

import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import io.shixiao.shared.problem.ConflictException;
import org.jspecify.annotations.Nullable;

/** A property and casualty insurer using Shixiao; the root of its branch tree, staff and outlets. */
public final class Insurer {

    private final @Nullable Long id;
    private final String code;
    private String fullName;
    private String shortName;
    private UnifiedSocialCreditCode creditCode;
    private String hotline;
    private boolean active;
    private final long version;

    private Insurer(
            @Nullable Long id,
            String code,
            String fullName,
            String shortName,
            UnifiedSocialCreditCode creditCode,
            String hotline,
            boolean active,
            long version) {
        this.id = id;
        this.code = Require.text("code", code);
        this.fullName = Require.text("fullName", fullName);
        this.shortName = Require.text("shortName", shortName);
        this.creditCode = creditCode;
        this.hotline = Require.text("hotline", hotline);
        this.active = active;
        this.version = version;
    }

    public static Insurer register(
            String code, String fullName, String shortName, UnifiedSocialCreditCode creditCode, String hotline) {
        return new Insurer(null, code, fullName, shortName, creditCode, hotline, true, 0);
    }

    public static Insurer restore(
            long id,
            String code,
            String fullName,
            String shortName,
            UnifiedSocialCreditCode creditCode,
            String hotline,
            boolean active,
            long version) {
        return new Insurer(id, code, fullName, shortName, creditCode, hotline, active, version);
    }

    public void revise(String fullName, String shortName, UnifiedSocialCreditCode creditCode, String hotline) {
        this.fullName = Require.text("fullName", fullName);
        this.shortName = Require.text("shortName", shortName);
        this.creditCode = creditCode;
        this.hotline = Require.text("hotline", hotline);
    }

    /** An insurer with active units cannot be deactivated: its branches still serve customers. */
    public void deactivate(long activeUnits) {
        if (!active) {
            throw new ConflictException("active", "Insurer " + code + " is already inactive");
        }
        if (activeUnits > 0) {
            throw new ConflictException(
                    "units", "Insurer " + code + " still has " + activeUnits + " active units; deactivate them first");
        }
        active = false;
    }

    public @Nullable Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public UnifiedSocialCreditCode creditCode() {
        return creditCode;
    }

    public String hotline() {
        return hotline;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
