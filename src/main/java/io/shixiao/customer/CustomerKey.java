package io.shixiao.customer;

import io.shixiao.servicelevel.CaseRef;
import io.shixiao.shared.identity.MobileNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.pii.Masks;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a customer is found by: exactly one of a resident ID number (身份证号), a mobile number or a policy number
 * (保单号), checked before anything is searched.
 *
 * @param kind which of the three
 * @param value the normalised value (never logged or audited unmasked)
 */
public record CustomerKey(Kind kind, String value) {

    /** The three ways to find a customer; the name is the request field. */
    public enum Kind {
        /** 身份证号: the insured or the policyholder of a policy. */
        ID_NUMBER("idNumber"),
        /** 手机号: given on a consultation or a complaint. */
        MOBILE("mobile"),
        /** 保单号: the policy's insured, and through that person the rest. */
        POLICY_NO("policyNo");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The request field that carries this key. */
        public String field() {
            return field;
        }
    }

    public CustomerKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    /**
     * The key from a search form or request body: exactly one field filled, and that one valid; otherwise a
     * refusal naming the field (an ID number whose check character is wrong, a mobile that is not 11 digits).
     */
    public static CustomerKey of(@Nullable String idNumber, @Nullable String mobile, @Nullable String policyNo) {
        List<FieldProblem> given = new ArrayList<>();
        CustomerKey key = null;
        String id = filled(idNumber);
        if (id != null) {
            if (!ResidentIdNumber.isValid(id)) {
                // the clerk's words for what is wrong: the length, the birth date or the check character
                String problem = ResidentIdNumber.problemWith(id.toUpperCase(Locale.ROOT));
                throw new InvalidInputException("idNumber", Objects.requireNonNullElse(problem, "身份证号码无效"));
            }
            key = new CustomerKey(Kind.ID_NUMBER, ResidentIdNumber.parse(id).value());
            given.add(new FieldProblem("idNumber", "given"));
        }
        String number = filled(mobile);
        if (number != null) {
            if (!MobileNumber.isValid(number)) {
                throw new InvalidInputException("mobile", "must be 11 digits starting 13-19");
            }
            key = new CustomerKey(Kind.MOBILE, number);
            given.add(new FieldProblem("mobile", "given"));
        }
        String policy = filled(policyNo);
        if (policy != null) {
            if (!CaseRef.isValidId(policy)) {
                throw new InvalidInputException(
                        "policyNo", "must be 1–64 letters, digits, '-' or '_', starting with a letter or digit");
            }
            key = new CustomerKey(Kind.POLICY_NO, policy);
            given.add(new FieldProblem("policyNo", "given"));
        }
        if (key == null) {
            String message = "give one of idNumber, mobile or policyNo";
            throw new InvalidInputException(
                    List.of(
                            new FieldProblem("idNumber", message),
                            new FieldProblem("mobile", message),
                            new FieldProblem("policyNo", message)),
                    "Give one of idNumber, mobile or policyNo");
        }
        if (given.size() > 1) {
            throw new InvalidInputException(
                    given.stream()
                            .map(f -> new FieldProblem(f.field(), "give only one of idNumber, mobile or policyNo"))
                            .toList(),
                    "Give only one of idNumber, mobile or policyNo");
        }
        return key;
    }

    private static @Nullable String filled(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The key as screens and the audit trail show it: 330106********1234, 138****1234, or the policy number. */
    public String masked() {
        return switch (kind) {
            case ID_NUMBER -> Masks.idNumber(value);
            case MOBILE -> Masks.mobile(value);
            case POLICY_NO -> value;
        };
    }

    /** How the audit trail names the search: {@code idNumber 330106********1234}. */
    public String described() {
        return kind.field() + " " + masked();
    }

    /** The key as an ID number; only for {@link Kind#ID_NUMBER}. */
    public ResidentIdNumber idNumber() {
        return ResidentIdNumber.parse(value);
    }

    /** The key as a mobile, or null when the key is not a mobile. */
    public @Nullable MobileNumber mobile() {
        return kind == Kind.MOBILE ? new MobileNumber(value) : null;
    }

    @Override
    public String toString() {
        return described();
    }
}
