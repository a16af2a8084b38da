package io.shixiao.policies.web;

import io.shixiao.policies.application.EndorsementService;
import io.shixiao.policies.domain.EndorsementKind;
import io.shixiao.policies.web.PolicyResponses.EndorsementResponse;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Endorsements (批改) of a policy: requested with the one-time list of materials, completed or withdrawn. */
@RestController
@Tag(name = "Policy endorsements", description = "批改：一次性告知所需材料，材料齐全后批改")
@RequestMapping("/api/v1/policies/{policyNo}/endorsements")
@PreAuthorize("hasAnyRole('AGENT','MANAGER')")
class EndorsementApi {

    private final EndorsementService endorsements;

    EndorsementApi(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    record EndorsementCreate(
            @NotNull EndorsementKind kind,
            @NotBlank @Size(max = 300) String value) {}

    record MaterialsReceived(
            @Nullable @PositiveOrZero Long version,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> items) {}

    record WithReason(
            @Nullable @PositiveOrZero Long version,
            @NotBlank @Size(max = 500) String reason) {}

    record WithVersion(@Nullable @PositiveOrZero Long version) {}

    @Operation(
            summary = "Request an endorsement",
            description = "批改申请：PLATE（号牌）、INSURED_MOBILE（被保险人手机号）、PROPERTY_ADDRESS（标的地址，仅财产和农房）。"
                    + "答复中的 materials 即一次性告知的全部材料（浙江规范第六章 2.3）。")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EndorsementResponse request(@PathVariable String policyNo, @Valid @RequestBody EndorsementCreate r) {
        return EndorsementResponse.of(
                endorsements.request(policyNo, r.kind(), r.value(), CurrentUser.actor(), CurrentUser.scope()));
    }

    @Operation(summary = "One endorsement", description = "批改及其材料清单、已收材料和状态。")
    @GetMapping("/{endorsementNo}")
    EndorsementResponse get(@PathVariable String policyNo, @PathVariable String endorsementNo) {
        return EndorsementResponse.of(endorsements.get(policyNo, endorsementNo, CurrentUser.scope()));
    }

    @Operation(summary = "Record materials handed in", description = "登记收到的材料；只接受已告知清单中的项目。")
    @PostMapping("/{endorsementNo}/materials")
    EndorsementResponse receive(
            @PathVariable String policyNo,
            @PathVariable String endorsementNo,
            @Valid @RequestBody MaterialsReceived r) {
        return EndorsementResponse.of(endorsements.receive(
                policyNo, endorsementNo, r.version(), new LinkedHashSet<>(r.items()), CurrentUser.scope()));
    }

    @Operation(
            summary = "Tell the list of materials again, with a reason",
            description = "再次告知材料清单：须说明理由（如申请内容变更），否则拒绝（ZJ-ENDORSE-ONCE）。")
    @PostMapping("/{endorsementNo}/explain-again")
    EndorsementResponse explainAgain(
            @PathVariable String policyNo, @PathVariable String endorsementNo, @Valid @RequestBody WithReason r) {
        return EndorsementResponse.of(
                endorsements.explainAgain(policyNo, endorsementNo, r.version(), r.reason(), CurrentUser.scope()));
    }

    @Operation(summary = "Complete the endorsement", description = "材料齐全后批改生效，保单随之变更；缺材料时 400 列出所缺。")
    @PostMapping("/{endorsementNo}/complete")
    EndorsementResponse complete(
            @PathVariable String policyNo, @PathVariable String endorsementNo, @Valid @RequestBody WithVersion r) {
        return EndorsementResponse.of(
                endorsements.complete(policyNo, endorsementNo, r.version(), CurrentUser.actor(), CurrentUser.scope()));
    }

    @Operation(summary = "Withdraw the endorsement", description = "申请人撤回批改，须说明理由。")
    @PostMapping("/{endorsementNo}/withdraw")
    EndorsementResponse withdraw(
            @PathVariable String policyNo, @PathVariable String endorsementNo, @Valid @RequestBody WithReason r) {
        return EndorsementResponse.of(endorsements.withdraw(
                policyNo, endorsementNo, r.version(), r.reason(), CurrentUser.actor(), CurrentUser.scope()));
    }
}
