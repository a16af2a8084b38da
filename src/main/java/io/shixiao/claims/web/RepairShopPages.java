package io.shixiao.claims.web;

import io.shixiao.claims.application.RepairShops;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
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
 * The repair shops on file (kept by the manager or the administrator) and, for a claim, the recommendation of
 * 二类以上 shops with the customer's own choice (浙江规范第七章 2.3.8).
 */
@Controller
class RepairShopPages {

    private final RepairShops shops;

    RepairShopPages(RepairShops shops) {
        this.shops = shops;
    }

    @GetMapping("/repair-shops")
    @PreAuthorize(RepairShopApi.KEEPERS)
    String list(Model model) {
        model.addAttribute("shops", shops.list(CurrentUser.scope()));
        model.addAttribute("platform", CurrentUser.scope().isPlatform());
        return "claims/repair-shops";
    }

    @PostMapping("/repair-shops")
    @PreAuthorize(RepairShopApi.KEEPERS)
    String save(
            @RequestParam(required = false) @Nullable Long id,
            @RequestParam(required = false) @Nullable Long insurerId,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String divisionCode,
            @RequestParam(required = false) @Nullable Integer qualificationClass,
            @RequestParam(required = false) @Nullable String contact,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false) @Nullable Integer version,
            RedirectAttributes redirect) {
        RepairShops.ShopForm form =
                new RepairShops.ShopForm(insurerId, name, divisionCode, qualificationClass, contact, active, version);
        try {
            if (id == null) {
                shops.add(CurrentUser.get(), form);
            } else {
                shops.update(CurrentUser.get(), id, form);
            }
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/repair-shops";
    }

    @GetMapping("/claims/{claimNo}/repair")
    @PreAuthorize(RepairShopApi.READERS)
    String recommendation(@PathVariable String claimNo, Model model) {
        model.addAttribute("recommendation", shops.recommend(claimNo, CurrentUser.scope()));
        return "claims/repair";
    }

    @PostMapping("/claims/{claimNo}/repair")
    @PreAuthorize(RepairShopApi.RECORDERS)
    String choose(
            @PathVariable String claimNo,
            @RequestParam(required = false) @Nullable Long shopId,
            @RequestParam(required = false) @Nullable String shopName,
            @RequestParam(required = false) @Nullable Boolean toldFreeChoice,
            RedirectAttributes redirect) {
        try {
            shops.recordChoice(claimNo, CurrentUser.get(), shopId, shopName, toldFreeChoice);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/claims/" + claimNo + "/repair";
    }
}
