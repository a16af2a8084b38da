package io.shixiao.organization.web;

import jakarta.validation.constraints.NotNull;

/** What every form for a record owned by an org unit (outlet, zone, staff) carries: the owning unit and the version edited. */
public abstract class UnitRecordForm {

    private Long version;

    @NotNull
    private Long orgUnitId;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }
}
