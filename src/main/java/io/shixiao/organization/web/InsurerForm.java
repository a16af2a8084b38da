package io.shixiao.organization.web;

import io.shixiao.organization.domain.Insurer;
import io.shixiao.shared.identity.UnifiedSocialCreditCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.validation.BindingResult;

/** The insurer form of the 机构 page (administrators only); the code is fixed once registered. */
public class InsurerForm {

    private Long version;

    @NotBlank
    @Pattern(regexp = ApiPatterns.INSURER_CODE)
    private String code;

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotBlank
    @Size(max = 60)
    private String shortName;

    @NotBlank
    private String creditCode;

    @NotBlank
    @Pattern(regexp = ApiPatterns.HOTLINE)
    private String hotline;

    static InsurerForm of(Insurer insurer) {
        InsurerForm form = new InsurerForm();
        form.version = insurer.version();
        form.code = insurer.code();
        form.fullName = insurer.fullName();
        form.shortName = insurer.shortName();
        form.creditCode = insurer.creditCode().value();
        form.hotline = insurer.hotline();
        return form;
    }

    /**
     * Checks the 统一社会信用代码 with the same GB 32100-2015 rule the service applies (length, alphabet,
     * check character), so the clerk reads the refusal in the page's language next to the field.
     */
    void checkCreditCode(BindingResult binding) {
        if (creditCode == null || creditCode.isBlank() || binding.hasFieldErrors("creditCode")) {
            return;
        }
        if (!UnifiedSocialCreditCode.isValid(creditCode.strip().toUpperCase(Locale.ROOT))) {
            binding.rejectValue(
                    "creditCode", "org.insurer.creditCodeInvalid", UnifiedSocialCreditCode.problem(creditCode));
        }
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

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }
}
