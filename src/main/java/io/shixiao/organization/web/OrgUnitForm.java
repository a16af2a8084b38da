package io.shixiao.organization.web;

import io.shixiao.organization.OrgUnitLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The "new unit" form below an insurer's branch tree (administrators only). */
public class OrgUnitForm {

    @NotNull
    private Long insurerId;

    @NotNull
    private Long parentId;

    @NotNull
    private OrgUnitLevel level;

    @NotBlank
    @Pattern(regexp = ApiPatterns.UNIT_CODE)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Pattern(regexp = ApiPatterns.DIVISION)
    private String divisionCode;

    public Long getInsurerId() {
        return insurerId;
    }

    public void setInsurerId(Long insurerId) {
        this.insurerId = insurerId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public OrgUnitLevel getLevel() {
        return level;
    }

    public void setLevel(OrgUnitLevel level) {
        this.level = level;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }
}
