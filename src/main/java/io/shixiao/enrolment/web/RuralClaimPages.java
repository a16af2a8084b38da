package io.shixiao.enrolment.web;

import io.shixiao.enrolment.application.ClaimView;
import io.shixiao.enrolment.application.HouseClaimPhotos;
import io.shixiao.enrolment.application.HouseClaims;
import io.shixiao.enrolment.application.HouseholdView;
import io.shixiao.enrolment.application.Households;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.SchemeAccess;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.enrolment.application.VillageLiaisons;
import io.shixiao.enrolment.domain.LossExtent;
import io.shixiao.enrolment.domain.Peril;
import io.shixiao.shared.division.Division;
import io.shixiao.shared.problem.ConflictException;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.problem.NotFoundException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * House claims from a phone: the village batch report (pick the village, tick the damaged households
 * found by name or 户口簿 number, masked; the cause and the time; each claim number back) and one claim's
 * page for the surveyor (contact, arrival, photos stored as taken, the assessment).
 */
@Controller
@RequestMapping("/rural")
@PreAuthorize(Access.READERS)
class RuralClaimPages {

    private final Schemes schemes;
    private final Households households;
    private final HouseClaims claims;
    private final HouseClaimPhotos photos;
    private final VillageLiaisons liaisons;

    RuralClaimPages(
            Schemes schemes,
            Households households,
            HouseClaims claims,
            HouseClaimPhotos photos,
            VillageLiaisons liaisons) {
        this.schemes = schemes;
        this.liaisons = liaisons;
        this.households = households;
        this.claims = claims;
        this.photos = photos;
    }

    /** The liaison's start: their villages in each scheme of their county, each opening the batch form. */
    @GetMapping("/liaison")
    @PreAuthorize(Access.LIAISON)
    String liaison(Model model) {
        ScopedUser user = CurrentUser.get();
        model.addAttribute("schemes", liaisons.schemesOf(user));
        model.addAttribute(
                "villages",
                liaisons.villagesOf(user).stream()
                        .map(code -> Map.of("code", code, "name", schemes.divisionName(code)))
                        .toList());
        return "enrolment/liaison";
    }

    @GetMapping("/schemes/{schemeId}/claim-batches/new")
    @PreAuthorize(Access.REPORTERS)
    String batchForm(
            @PathVariable long schemeId,
            @RequestParam(required = false) @Nullable String villageCode,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable List<Long> householdIds,
            @RequestParam(required = false) @Nullable String fragment,
            Model model) {
        Scheme scheme = reportingScheme(schemeId);
        fillBatch(scheme, villageCode, q, householdIds, model);
        return fragment != null ? "enrolment/claim-batch :: households" : "enrolment/claim-batch";
    }

    @PostMapping("/schemes/{schemeId}/claim-batches")
    @PreAuthorize(Access.REPORTERS)
    String reportBatch(
            @PathVariable long schemeId,
            @RequestParam(required = false) @Nullable String villageCode,
            @RequestParam(required = false) @Nullable Peril peril,
            @RequestParam(required = false) @Nullable String occurredAt,
            @RequestParam(required = false) @Nullable List<Long> householdIds,
            Model model) {
        Scheme scheme = reportingScheme(schemeId);
        try {
            if (villageCode == null || villageCode.isBlank()) {
                throw new InvalidInputException("villageCode", "required");
            }
            if (peril == null) {
                throw new InvalidInputException("peril", "required");
            }
            Instant occurred = instant("occurredAt", occurredAt);
            if (occurred == null) {
                throw new InvalidInputException("occurredAt", "required");
            }
            List<ClaimView> reported = claims.reportBatch(
                    schemeId,
                    villageCode,
                    peril.chineseName(),
                    occurred,
                    householdIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(householdIds)),
                    HouseClaims.When.now(),
                    CurrentUser.get());
            model.addAttribute("scheme", scheme);
            model.addAttribute("villageName", schemes.divisionName(villageCode));
            model.addAttribute("peril", peril);
            model.addAttribute("claims", reported);
            model.addAttribute("liaison", VillageLiaisons.isLiaison(CurrentUser.get()));
            return "enrolment/claim-batch-result";
        } catch (InvalidInputException e) {
            fillBatch(scheme, villageCode, null, householdIds, model);
            model.addAttribute("peril", peril);
            model.addAttribute("occurredAt", occurredAt);
            model.addAttribute("error", e.getMessage());
            return "enrolment/claim-batch";
        }
    }

    private void fillBatch(
            Scheme scheme,
            @Nullable String villageCode,
            @Nullable String q,
            @Nullable List<Long> householdIds,
            Model model) {
        ScopedUser user = CurrentUser.get();
        boolean liaison = VillageLiaisons.isLiaison(user);
        Set<String> own = liaison ? Set.copyOf(liaisons.villagesOf(user)) : Set.of();
        boolean known = villageCode != null
                && (liaison
                        ? own.contains(villageCode)
                        : schemes.villageCodes(scheme).contains(villageCode));
        Set<Long> ticked = householdIds == null ? Set.of() : Set.copyOf(householdIds);
        List<HouseholdView> shown = new ArrayList<>();
        if (known) {
            List<HouseholdView> matching = households.reportable(scheme.id(), villageCode, q, CurrentUser.get());
            // Ticked households stay on the list whatever is searched next, so a batch is built search by search.
            households.reportable(scheme.id(), villageCode, null, CurrentUser.get()).stream()
                    .filter(h -> ticked.contains(h.id()) && !matching.contains(h))
                    .forEach(shown::add);
            shown.addAll(matching);
        }
        model.addAttribute("scheme", scheme);
        Map<String, List<Division>> towns = RuralPages.villagesByTown(schemes, scheme);
        if (liaison) {
            // A liaison picks among their own villages only.
            Map<String, List<Division>> mine = new LinkedHashMap<>();
            towns.forEach((town, villages) -> {
                List<Division> kept = villages.stream()
                        .filter(v -> own.contains(v.code().value()))
                        .toList();
                if (!kept.isEmpty()) {
                    mine.put(town, kept);
                }
            });
            towns = mine;
        }
        model.addAttribute("towns", towns);
        model.addAttribute("villageCode", known ? villageCode : null);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("households", shown);
        model.addAttribute("ticked", ticked);
        model.addAttribute("perils", Peril.values());
    }

    /** The scheme a batch goes into: one the worker sees, or for a liaison one of their county (404 otherwise). */
    private Scheme reportingScheme(long schemeId) {
        ScopedUser user = CurrentUser.get();
        if (VillageLiaisons.isLiaison(user)) {
            return liaisons.schemesOf(user).stream()
                    .filter(s -> s.id() == schemeId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Scheme", schemeId));
        }
        return schemes.visible(schemeId, user.dataScope());
    }

    @GetMapping("/claims/{claimId}")
    String claim(@PathVariable long claimId, Model model) {
        ClaimView claim = claims.visible(claimId, CurrentUser.get());
        Scheme scheme = schemes.visible(claim.schemeId(), CurrentUser.scope());
        model.addAttribute("scheme", scheme);
        model.addAttribute("claim", claim);
        model.addAttribute("villageName", schemes.divisionName(claim.villageCode()));
        model.addAttribute("photos", photos.of(claimId, CurrentUser.get()));
        model.addAttribute("mayWork", SchemeAccess.canWork(scheme, CurrentUser.get()));
        model.addAttribute("extents", LossExtent.values());
        model.addAttribute("noticeRequired", scheme.rules().requiresPublicNotice());
        model.addAttribute(
                "villageNotice", claim.noticeId() == null ? null : claims.notice(claim.noticeId(), CurrentUser.get()));
        model.addAttribute("objections", claims.objections(claimId, CurrentUser.get()));
        return "enrolment/claim";
    }

    @PostMapping("/claims/{claimId}/contact")
    @PreAuthorize(Access.WORKERS)
    String contact(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String lateReason,
            RedirectAttributes redirect) {
        return run(claimId, redirect, () -> claims.contact(claimId, when(at, lateReason), CurrentUser.get()));
    }

    @PostMapping("/claims/{claimId}/arrive")
    @PreAuthorize(Access.WORKERS)
    String arrive(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String lateReason,
            RedirectAttributes redirect) {
        return run(claimId, redirect, () -> claims.arrive(claimId, when(at, lateReason), CurrentUser.get()));
    }

    @PostMapping("/claims/{claimId}/photos")
    @PreAuthorize(Access.WORKERS)
    String addPhoto(
            @PathVariable long claimId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String caption,
            RedirectAttributes redirect) {
        return run(claimId, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a photo");
            }
            try {
                photos.add(claimId, file.getBytes(), caption, CurrentUser.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/claims/{claimId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long claimId, @PathVariable long photoId) {
        HouseClaimPhotos.Content content = photos.content(claimId, photoId, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    /** 定损 from the page: the extent and the repair cost in yuan; the photos counted are those stored. */
    @PostMapping("/claims/{claimId}/assess")
    @PreAuthorize(Access.WORKERS)
    String assess(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable LossExtent extent,
            @RequestParam(required = false) @Nullable String loss,
            RedirectAttributes redirect) {
        return run(
                claimId,
                redirect,
                () -> claims.assess(
                        claimId,
                        extent,
                        fen("loss", loss),
                        photos.of(claimId, CurrentUser.get()).size(),
                        HouseClaims.When.now(),
                        CurrentUser.get()));
    }

    /** 公示: publishes the notice of the claim's village (every assessed house of it not yet on one). */
    @PostMapping("/claims/{claimId}/notice")
    @PreAuthorize(Access.WORKERS)
    String publishNotice(@PathVariable long claimId, RedirectAttributes redirect) {
        return run(claimId, redirect, () -> {
            ClaimView claim = claims.visible(claimId, CurrentUser.get());
            claims.publishNotice(claim.schemeId(), claim.villageCode(), CurrentUser.get());
        });
    }

    /** An objection to this house received while its notice runs. */
    @PostMapping("/claims/{claimId}/objections")
    @PreAuthorize(Access.WORKERS)
    String object(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable String objection,
            RedirectAttributes redirect) {
        return run(
                claimId,
                redirect,
                () -> claims.object(onNotice(claimId), claimId, objection == null ? "" : objection, CurrentUser.get()));
    }

    /** The answer to an objection; a new extent and loss, given together, reassess the house. */
    @PostMapping("/claims/{claimId}/objections/{objectionId}/answer")
    @PreAuthorize(Access.WORKERS)
    String answer(
            @PathVariable long claimId,
            @PathVariable long objectionId,
            @RequestParam(required = false) @Nullable String answer,
            @RequestParam(required = false) @Nullable LossExtent newExtent,
            @RequestParam(required = false) @Nullable String newLoss,
            RedirectAttributes redirect) {
        return run(claimId, redirect, () -> {
            if (claims.objections(claimId, CurrentUser.get()).stream().noneMatch(o -> o.id() == objectionId)) {
                throw new NotFoundException("Objection", objectionId);
            }
            boolean reassess = newLoss != null && !newLoss.isBlank();
            if (reassess && newExtent == null) {
                throw new InvalidInputException("newExtent", "required with a new loss");
            }
            claims.answer(
                    objectionId,
                    answer == null ? "" : answer,
                    reassess ? newExtent : null,
                    reassess ? fen("newLoss", newLoss) : null,
                    CurrentUser.get());
        });
    }

    /** Closes the notice once over with every objection answered: the files of its houses are complete. */
    @PostMapping("/claims/{claimId}/close-notice")
    @PreAuthorize(Access.WORKERS)
    String closeNotice(@PathVariable long claimId, RedirectAttributes redirect) {
        return run(claimId, redirect, () -> claims.closeNotice(onNotice(claimId), CurrentUser.get()));
    }

    /** 资料齐全 where the scheme requires no notice. */
    @PostMapping("/claims/{claimId}/complete")
    @PreAuthorize(Access.WORKERS)
    String complete(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String lateReason,
            RedirectAttributes redirect) {
        return run(claimId, redirect, () -> claims.completeFile(claimId, when(at, lateReason), CurrentUser.get()));
    }

    @PostMapping("/claims/{claimId}/approve")
    @PreAuthorize(Access.WORKERS)
    String approve(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String lateReason,
            RedirectAttributes redirect) {
        return run(claimId, redirect, () -> claims.approve(claimId, when(at, lateReason), CurrentUser.get()));
    }

    @PostMapping("/claims/{claimId}/pay")
    @PreAuthorize(Access.WORKERS)
    String pay(
            @PathVariable long claimId,
            @RequestParam(required = false) @Nullable String at,
            @RequestParam(required = false) @Nullable String lateReason,
            RedirectAttributes redirect) {
        return run(claimId, redirect, () -> claims.pay(claimId, when(at, lateReason), CurrentUser.get()));
    }

    private long onNotice(long claimId) {
        Long notice = claims.visible(claimId, CurrentUser.get()).noticeId();
        if (notice == null) {
            throw new InvalidInputException("noticeId", "the house is not on a village notice");
        }
        return notice;
    }

    /** Runs a step and comes back to the claim; a refusal is shown at the field it names. */
    private String run(long claimId, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", "rural.saved");
        } catch (InvalidInputException e) {
            refused(redirect, e.getMessage(), e.fields());
        } catch (ConflictException e) {
            refused(redirect, e.getMessage(), e.fields());
        }
        return "redirect:/rural/claims/" + claimId;
    }

    private static void refused(RedirectAttributes redirect, @Nullable String message, List<FieldProblem> fields) {
        redirect.addFlashAttribute("error", message);
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        redirect.addFlashAttribute("errors", errors);
    }

    private static HouseClaims.When when(@Nullable String at, @Nullable String lateReason) {
        String reason = lateReason == null || lateReason.isBlank() ? null : lateReason.strip();
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("lateReason", "at most 500 characters");
        }
        return new HouseClaims.When(instant("at", at), reason);
    }

    private static @Nullable Instant instant(String field, @Nullable String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(ShanghaiTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "a date and time, e.g. 2026-09-30T09:05");
        }
    }

    private static long fen(String field, @Nullable String yuan) {
        if (yuan == null || yuan.isBlank()) {
            throw new InvalidInputException(field, "required");
        }
        try {
            BigDecimal amount = new BigDecimal(yuan.strip());
            if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
                throw new InvalidInputException(field, "yuan with at most two decimals, 0–10,000,000");
            }
            return amount.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field, "yuan with at most two decimals, e.g. 8000.00");
        }
    }
}
