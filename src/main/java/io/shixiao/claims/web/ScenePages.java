package io.shixiao.claims.web;

import io.shixiao.claims.application.ClaimHandling;
import io.shixiao.claims.application.RescueOrders;
import io.shixiao.claims.application.SiteSurveyInsistence;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.Role;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * At the scene, what the customer asks for: an on-site survey the customer insists on (浙江规范第七章 2.3.4) and a rescue
 * with its fee told first (2.3.7), recorded and shown on the claim, made for a phone.
 */
@Controller
@PreAuthorize(ClaimPages.STAFF)
class ScenePages {

    private final ClaimHandling handling;
    private final SiteSurveyInsistence siteSurveys;
    private final RescueOrders rescues;

    ScenePages(ClaimHandling handling, SiteSurveyInsistence siteSurveys, RescueOrders rescues) {
        this.handling = handling;
        this.siteSurveys = siteSurveys;
        this.rescues = rescues;
    }

    @GetMapping("/claims/{claimNo}/scene")
    String scene(@PathVariable String claimNo, Model model) {
        var scope = CurrentUser.scope();
        model.addAttribute("claim", handling.get(claimNo, scope));
        model.addAttribute("insistence", siteSurveys.of(claimNo, scope).orElse(null));
        model.addAttribute("rescue", rescues.of(claimNo, scope).orElse(null));
        model.addAttribute("grounds", SiteSurveyInsistence.Ground.values());
        model.addAttribute(
                "manager", CurrentUser.find().map(u -> u.has(Role.MANAGER)).orElse(false));
        return "claims/scene";
    }

    @PostMapping("/claims/{claimNo}/scene/{action}")
    @PreAuthorize(SurveyAndRescueApi.SCENE_STAFF)
    String act(
            @PathVariable String claimNo,
            @PathVariable String action,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) SiteSurveyInsistence.@Nullable Ground ground,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable BigDecimal fee,
            @RequestParam(required = false) @Nullable Boolean customerConsented,
            @RequestParam(required = false) @Nullable Boolean customerPays,
            RedirectAttributes redirect) {
        var user = CurrentUser.get();
        try {
            switch (action) {
                case "insist" -> siteSurveys.insist(claimNo, user, note);
                case "excuse" -> siteSurveys.excuse(claimNo, user, ground, reason);
                case "fee" -> rescues.discloseFee(claimNo, user, provider, fee);
                case "order" -> rescues.order(claimNo, user, provider, customerConsented, customerPays);
                default -> throw new InvalidInputException("action", "insist, excuse, fee or order");
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/claims/" + claimNo + "/scene";
    }
}
