package io.shixiao.organization.web;

import io.shixiao.organization.domain.Association;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The association form of the 行业协会 page (administrators only); the code is fixed once founded. */
public class AssociationForm {

    private Long version;

    @NotBlank
    @Pattern(regexp = ApiPatterns.ASSOCIATION_CODE)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Pattern(regexp = ApiPatterns.DIVISION)
    private String divisionCode;

    static AssociationForm of(Association association) {
        AssociationForm form = new AssociationForm();
        form.version = association.version();
        form.code = association.code();
        form.name = association.name();
        form.divisionCode = association.divisionCode().value();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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
