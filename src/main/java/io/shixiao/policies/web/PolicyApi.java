package io.shixiao.policies.web;

import io.shixiao.policies.PolicySummary;
import io.shixiao.policies.application.PersonalData;
import io.shixiao.policies.application.PolicyFinder;
import io.shixiao.policies.application.PolicyRow;
import io.shixiao.policies.application.PolicyService;
import io.shixiao.policies.domain.SurrenderReason;
import io.shixiao.policies.web.PolicyResponses.PolicyDetailResponse;
import io.shixiao.policies.web.PolicyResponses.PolicyResponse;
import io.shixiao.shared.identity.PlateNumber;
import io.shixiao.shared.identity.ResidentIdNumber;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policies: issued one at a time by an insurer's manager, found by number, plate or ID number within the
 * caller's scope (another insurer's policy answers 404), delivered, reminded, surrendered.
 */
@RestController
@Tag(name = "Policies", description = "保单：出单、查询、送达、续保提醒、退保")
@RequestMapping("/api/v1/policies")
class PolicyApi {

    static final String ISSUE_EXAMPLE = """
            {"policyNo":"AL2026MOT0000001","productLine":"MOTOR","issuingUnitCode":"ANLAN-ZJ-HZ-XH",
             "firstDay":"2026-03-01","lastDay":"2027-02-28","premium":3650.00,
             "insuredName":"张三","insuredIdNumber":"11010519491231002X","insuredMobile":"13812345678",
             "plate":"浙AD12345","vin":"LSVAU2180N2183294","vehicleModel":"大众汽车 SVW7141",
             "ctpl":true,"thirdPartySumInsured":1000000,"vehicleDamageSumInsured":150000,
             "vehicleDamageDeductible":500,"deliveryRequired":true}
            """;

    private final PolicyService policies;
    private final PolicyFinder finder;

    PolicyApi(PolicyService policies, PolicyFinder finder) {
        this.policies = policies;
        this.finder = finder;
    }

    /** A step's optional facts: the version the client saw, when it happened, why it is entered late. */
    record StepRequest(
            @Nullable @PositiveOrZero Long version,
            @Nullable Instant occurredAt,
            @Nullable @Size(max = 500) String lateEntryReason) {}

    record SurrenderRequest(
            @Nullable @PositiveOrZero Long version,
            @NotNull SurrenderReason reason,
            @Nullable Instant occurredAt,
            @Nullable @Size(max = 500) String lateEntryReason) {}

    record SurrenderResponse(String policyNo, String status, BigDecimal refund) {}

    @Operation(
            summary = "Issue a policy (manager)",
            description = "出单。险类 MOTOR 须有车架号（校验位检查），交强险限额取保险起期适用的限额表；PROPERTY 和 RURAL_HOUSING 须有标的地址和行政区划。"
                    + " 每个错误字段都在 problem+json 的 fields 中列出；保单号已存在时 409。出单即向时效引擎报告“出单”和“保单到期”节点。",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(name = "motor", value = ISSUE_EXAMPLE))))
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MANAGER')")
    PolicyResponse issue(@RequestBody PolicyRow row) {
        return PolicyResponse.of(policies.issue(row, CurrentUser.scope(), CurrentUser.actor()));
    }

    @Operation(
            summary = "Find policies by plate, insured's ID number or policy number",
            description = "按号牌、被保险人身份证号或保单号查找（至少一项），只返回调用者管辖范围内的保单，新保单在前；个人信息已脱敏。")
    @GetMapping
    List<PolicyResponse> find(
            @RequestParam(required = false) @Nullable @Size(max = 20) String plate,
            @RequestParam(required = false) @Nullable @Size(max = 20) String idNumber,
            @RequestParam(required = false) @Nullable @Size(max = 64) String policyNo) {
        List<PolicySummary> found;
        if (policyNo != null && !policyNo.isBlank()) {
            found = finder.byNumber(policyNo, CurrentUser.scope()).stream().toList();
        } else if (plate != null && !plate.isBlank()) {
            if (!PlateNumber.isValid(PlateNumber.normalise(plate))) {
                throw new InvalidInputException("plate", "号牌格式不正确，如 浙A12345、浙AD12345");
            }
            found = finder.byPlate(PlateNumber.parse(plate), CurrentUser.scope());
        } else if (idNumber != null && !idNumber.isBlank()) {
            if (!ResidentIdNumber.isValid(idNumber)) {
                throw new InvalidInputException("idNumber", "身份证号码无效（18位，校验码须正确）");
            }
            found = finder.byInsuredId(ResidentIdNumber.parse(idNumber), CurrentUser.scope());
        } else {
            throw new InvalidInputException("plate", "请给出 plate、idNumber 或 policyNo 之一");
        }
        return found.stream().map(PolicyResponse::of).toList();
    }

    @Operation(
            summary = "One policy with its endorsements and clocks",
            description = "保单详情：险种、保额、免赔额、交强险分项限额、批改记录和时效；个人信息已脱敏。不在管辖范围内的保单答 404。")
    @GetMapping("/{policyNo}")
    PolicyDetailResponse get(@PathVariable String policyNo) {
        return PolicyDetailResponse.of(policies.detail(policyNo, CurrentUser.scope()));
    }

    @Operation(
            summary = "Reveal a policy's personal data (audited)",
            description = "显示投保人、被保险人的姓名、身份证号和手机号原文；每次查看记入审计日志。")
    @GetMapping("/{policyNo}/personal-data")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','CLAIMS_HANDLER')")
    PersonalData personalData(@PathVariable String policyNo) {
        return policies.reveal(policyNo, CurrentUser.scope());
    }

    @Operation(
            summary = "Record the delivery of policy and invoice",
            description = "保单送达（浙江规范第五章 2.4.1，出单后2个工作日内，ZJ-DELIVER）。occurredAt 缺省为现在；超过10分钟的补录须填 lateEntryReason。")
    @PostMapping("/{policyNo}/delivery")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER')")
    PolicyResponse deliver(@PathVariable String policyNo, @Valid @RequestBody StepRequest r) {
        return PolicyResponse.of(
                policies.deliver(policyNo, r.version(), r.occurredAt(), r.lateEntryReason(), CurrentUser.scope()));
    }

    @Operation(
            summary = "Record the renewal reminder",
            description = "续保提醒（服务质量协议 1.2(2)，到期前N天完成，AGR-RENEW，仅对协议生效的保险公司计时）。")
    @PostMapping("/{policyNo}/renewal-reminder")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER')")
    PolicyResponse remind(@PathVariable String policyNo, @Valid @RequestBody StepRequest r) {
        return PolicyResponse.of(policies.remindRenewal(
                policyNo, r.version(), r.occurredAt(), r.lateEntryReason(), CurrentUser.scope()));
    }

    @Operation(
            summary = "Surrender a policy and refund the unearned premium",
            description = "退保：按日计收已经过期间的保费（退保当日计入），退还其余保费。含交强险的保单仅限交强险条例第十六条的情形"
                    + "（VEHICLE_DEREGISTERED、VEHICLE_LAID_UP、VEHICLE_LOST）；其余保单投保人可随时退保（POLICYHOLDER_REQUEST）。")
    @PostMapping("/{policyNo}/surrender")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER')")
    SurrenderResponse surrender(@PathVariable String policyNo, @Valid @RequestBody SurrenderRequest r) {
        Money refund = policies.surrender(
                policyNo, r.version(), r.reason(), r.occurredAt(), r.lateEntryReason(), CurrentUser.scope());
        return new SurrenderResponse(policyNo, "SURRENDERED", refund.amount());
    }
}
