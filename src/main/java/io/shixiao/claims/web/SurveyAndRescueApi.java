package io.shixiao.claims.web;

import io.shixiao.claims.application.RescueOrders;
import io.shixiao.claims.application.SiteSurveyInsistence;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the customer asks for at the scene, each with the guard of its clause: an on-site survey the customer insists on
 * (浙江规范第七章 2.3.4, seed C08) and a rescue whose fee the customer pays (2.3.7, seed C07).
 */
@RestController
@RequestMapping("/api/v1/claims/{claimNo}")
@Tag(
        name = "Claims 理赔",
        description = "From the report (报案) to payment, every step reported to the service-level engine")
class SurveyAndRescueApi {

    /** Who deals with the customer at the report and the scene. */
    static final String SCENE_STAFF = "hasAnyRole('AGENT','DISPATCHER','SURVEYOR','CLAIMS_HANDLER','MANAGER')";

    private final SiteSurveyInsistence siteSurveys;
    private final RescueOrders rescues;

    SurveyAndRescueApi(SiteSurveyInsistence siteSurveys, RescueOrders rescues) {
        this.siteSurveys = siteSurveys;
        this.rescues = rescues;
    }

    record InsistenceRequest(@Nullable String note) {}

    record ExcuseRequest(
            SiteSurveyInsistence.@Nullable Ground ground,
            @Nullable String reason) {}

    record FeeRequest(@Nullable String provider, @Nullable BigDecimal fee) {}

    record OrderRequest(
            @Nullable String provider,
            @Nullable Boolean customerConsented,
            @Nullable Boolean customerPays) {}

    @GetMapping("/site-survey-insistence")
    @PreAuthorize(ClaimPages.STAFF)
    @Operation(summary = "The customer's insistence on an on-site survey and any excuse of it (404 when none)")
    SiteSurveyInsistence.Insistence insistence(@PathVariable String claimNo) {
        return siteSurveys
                .of(claimNo, CurrentUser.scope())
                .orElseThrow(() -> new NotFoundException("Site survey insistence of claim", claimNo));
    }

    @PostMapping("/site-survey-insistence")
    @PreAuthorize(SCENE_STAFF)
    @Operation(
            summary = "Record that the customer insists on an on-site survey",
            description =
                    "浙江规范第七章 2.3.4: from then on no-site-survey answers 409 until a MANAGER excuses it. Only"
                            + " before the survey (REPORTED, DISPATCHED); note required. Audited as the report to the claims head.")
    SiteSurveyInsistence.Insistence insist(@PathVariable String claimNo, @RequestBody InsistenceRequest body) {
        return siteSurveys.insist(claimNo, CurrentUser.get(), body.note());
    }

    @PostMapping("/site-survey-insistence/excuse")
    @PreAuthorize("hasRole('MANAGER')")
    @Operation(
            summary = "The claims head excuses the insisted site survey (MANAGER)",
            description = "ground FORCE_MAJEURE, OUT_OF_AREA or OTHER_SPECIAL (不可抗力、异地出险等特殊情况) and a reason. Audited.")
    SiteSurveyInsistence.Insistence excuse(@PathVariable String claimNo, @RequestBody ExcuseRequest body) {
        return siteSurveys.excuse(claimNo, CurrentUser.get(), body.ground(), body.reason());
    }

    @GetMapping("/rescue")
    @PreAuthorize(ClaimPages.STAFF)
    @Operation(summary = "The rescue of the claim: the fee told to the customer and the order (404 when none)")
    RescueOrders.Rescue rescue(@PathVariable String claimNo) {
        return rescues.of(claimNo, CurrentUser.scope())
                .orElseThrow(() -> new NotFoundException("Rescue of claim", claimNo));
    }

    @PostMapping("/rescue/fee-disclosure")
    @PreAuthorize(SCENE_STAFF)
    @Operation(
            summary = "Record the rescue fee told to the customer before the rescue is ordered",
            description =
                    "浙江规范第七章 2.3.7: provider and fee (0 when the customer pays nothing). 409 once ordered. Audited.")
    RescueOrders.Rescue discloseFee(@PathVariable String claimNo, @RequestBody FeeRequest body) {
        return rescues.discloseFee(claimNo, CurrentUser.get(), body.provider(), body.fee());
    }

    @PostMapping("/rescue/order")
    @PreAuthorize(SCENE_STAFF)
    @Operation(
            summary = "Order the rescue with the customer's consent",
            description = "customerConsented must be true (400); customerPays true needs a fee of more than 0 told"
                    + " before (409 otherwise). Only at the scene (REPORTED, DISPATCHED, ON_SITE); once. Audited.")
    RescueOrders.Rescue order(@PathVariable String claimNo, @RequestBody OrderRequest body) {
        return rescues.order(
                claimNo, CurrentUser.get(), body.provider(), body.customerConsented(), body.customerPays());
    }
}
