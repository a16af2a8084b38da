package io.shixiao.claims.web;

import io.shixiao.claims.application.RepairShops;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Repair shops as each insurer's data, and for a claim the recommendation and the customer's own choice
 * (浙江规范第七章 2.3.8, seed C06: the insurer never designates a shop; it may recommend shops of 二类以上).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Repair shops 修理厂", description = "Shops on file, recommendations of 二类以上 shops, the customer's choice")
class RepairShopApi {

    /** Who keeps the shops on file. */
    static final String KEEPERS = "hasAnyRole('ADMIN','MANAGER')";

    /** Who reads the shops and recommends them to a customer. */
    static final String READERS =
            "hasAnyRole('ADMIN','AGENT','DISPATCHER','SURVEYOR','ASSESSOR','CLAIMS_HANDLER','CALLBACK_AGENT','MANAGER')";

    /** Who records the customer's choice: the claim staff who talk to the customer. */
    static final String RECORDERS = "hasAnyRole('AGENT','SURVEYOR','ASSESSOR','CLAIMS_HANDLER','MANAGER')";

    private final RepairShops shops;

    RepairShopApi(RepairShops shops) {
        this.shops = shops;
    }

    /** The customer's choice as the API takes it. */
    record ChoiceRequest(
            @Nullable Long shopId,
            @Nullable String shopName,
            @Nullable Boolean toldFreeChoice) {}

    @GetMapping("/repair-shops")
    @PreAuthorize(READERS)
    @Operation(summary = "The repair shops on file (your insurer's; every insurer's for ADMIN)")
    List<RepairShops.Shop> list() {
        return shops.list(CurrentUser.scope());
    }

    @PostMapping("/repair-shops")
    @PreAuthorize(KEEPERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a repair shop (ADMIN, MANAGER)",
            description = "name, divisionCode (six digits), qualificationClass 1–3 (一类/二类/三类), contact; insurerId only"
                    + " for ADMIN. Class 3 shops are kept but never recommended (浙江规范第七章 2.3.8). Audited.")
    RepairShops.Shop add(@RequestBody RepairShops.ShopForm body) {
        return shops.add(CurrentUser.get(), body);
    }

    @PutMapping("/repair-shops/{id}")
    @PreAuthorize(KEEPERS)
    @Operation(
            summary = "Change a repair shop (ADMIN, MANAGER)",
            description = "The same fields plus active and the version read; 409 when it changed since. Audited.")
    RepairShops.Shop update(@PathVariable long id, @RequestBody RepairShops.ShopForm body) {
        return shops.update(CurrentUser.get(), id, body);
    }

    @GetMapping("/claims/{claimNo}/repair-shops")
    @PreAuthorize(READERS)
    @Operation(
            summary = "Recommended repair shops for a claim",
            description = "Only active shops of 二类以上 (class 1 or 2) in the accident's city, the accident's county"
                    + " first, with the statement that the customer may choose any shop, and the choice recorded.")
    RepairShops.Recommendation recommend(@PathVariable String claimNo) {
        return shops.recommend(claimNo, CurrentUser.scope());
    }

    @PostMapping("/claims/{claimNo}/repair-choice")
    @PreAuthorize(RECORDERS)
    @Operation(
            summary = "Record the repair shop the customer chose",
            description = "shopId of a shop on file or shopName of any other shop; toldFreeChoice must be true: the"
                    + " customer was told that any shop may be chosen. The insurer never designates one. Audited.")
    RepairShops.Recommendation choose(@PathVariable String claimNo, @RequestBody ChoiceRequest body) {
        return shops.recordChoice(claimNo, CurrentUser.get(), body.shopId(), body.shopName(), body.toldFreeChoice());
    }
}
