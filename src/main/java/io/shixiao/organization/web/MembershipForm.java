package io.shixiao.organization.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The membership forms of an association's page: admitting an insurer (insurer and joining date) or
 * a member leaving (date only; the insurer is in the path). Both carry the association's version.
 */
public class MembershipForm {

    private Long version;

    @NotNull(groups = Admitting.class)
    private Long insurerId;

    @NotNull(groups = Admitting.class)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    @NotNull(groups = Leaving.class)
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;

    /** Validation group of the admit form. */
    public interface Admitting {}

    /** Validation group of the leave form. */
    public interface Leaving {}

    static MembershipForm at(long version, LocalDate today) {
        MembershipForm form = new MembershipForm();
        form.version = version;
        form.joinedOn = today;
        form.leftOn = today;
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getInsurerId() {
        return insurerId;
    }

    public void setInsurerId(Long insurerId) {
        this.insurerId = insurerId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }
}
