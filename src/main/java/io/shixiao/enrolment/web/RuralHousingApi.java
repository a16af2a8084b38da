package io.shixiao.enrolment.web;

import io.shixiao.enrolment.application.ClaimView;
import io.shixiao.enrolment.application.CountyReports;
import io.shixiao.enrolment.application.HouseClaims;
import io.shixiao.enrolment.application.HouseholdImports;
import io.shixiao.enrolment.application.HouseholdView;
import io.shixiao.enrolment.application.HouseholdVouchers;
import io.shixiao.enrolment.application.Households;
import io.shixiao.enrolment.application.ImportReport;
import io.shixiao.enrolment.application.Ledger;
import io.shixiao.enrolment.application.Scheme;
import io.shixiao.enrolment.application.SchemeRenewals;
import io.shixiao.enrolment.application.Schemes;
import io.shixiao.enrolment.application.VillageLiaisons;
import io.shixiao.enrolment.domain.DeclineReason;
import io.shixiao.enrolment.domain.ImportColumn;
import io.shixiao.enrolment.domain.LossExtent;
import io.shixiao.enrolment.domain.SchemeRuleViolation;
import io.shixiao.enrolment.domain.SchemeRules;
import io.shixiao.servicelevel.CaseDeadlines;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.CurrentUser;
import io.shixiao.shared.security.ScopedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rural housing scheme over HTTP: schemes and their rules and blanks, households one by one and by
 * workbook (202 with an import id; the import's state and refused rows; the refused rows as a workbook),
 * the ledger, house claims step by step with the village notice, and the county report. Every read is
 * scoped to the caller; a scheme outside it answers 404.
 */
@RestController
@Tag(name = "Rural housing", description = "政策性农村住房保险：方案、农户登记与导入、参保台账、房屋理赔与公示、县级报表")
@RequestMapping("/api/v1/rural-housing")
@PreAuthorize(Access.READERS)
class RuralHousingApi {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Schemes schemes;
    private final Households households;
    private final HouseholdImports imports;
    private final Ledger ledger;
    private final HouseClaims claims;
    private final CountyReports reports;
    private final SchemeRenewals renewals;
    private final VillageLiaisons liaisons;
    private final HouseholdVouchers vouchers;
    private final Clock clock;

    RuralHousingApi(
            Schemes schemes,
            Households households,
            HouseholdImports imports,
            Ledger ledger,
            HouseClaims claims,
            CountyReports reports,
            SchemeRenewals renewals,
            VillageLiaisons liaisons,
            HouseholdVouchers vouchers,
            Clock clock) {
        this.vouchers = vouchers;
        this.liaisons = liaisons;
        this.schemes = schemes;
        this.households = households;
        this.imports = imports;
        this.ledger = ledger;
        this.claims = claims;
        this.reports = reports;
        this.renewals = renewals;
        this.clock = clock;
    }

    @Operation(summary = "The schemes the caller sees")
    @GetMapping("/schemes")
    List<Scheme> schemes() {
        return schemes.visible(CurrentUser.scope());
    }

    @Operation(summary = "One scheme with its rules")
    @GetMapping("/schemes/{schemeId}")
    Scheme scheme(@PathVariable long schemeId) {
        return schemes.visible(schemeId, CurrentUser.scope());
    }

    /** The money rules of a scheme in fen; the version read. */
    record RulesRequest(
            Long premium,
            Long farmerShare,
            Integer centralPercent,
            Integer provincePercent,
            Integer countyPercent,
            Long sumInsured,
            Long specialFarmerShare,
            Long specialSumInsured,
            Long topUp,
            Long toppedUpSumInsured,
            Long deductible,
            Integer noticeDays,
            Integer version) {}

    @Operation(summary = "Change a scheme's money rules (administrator)")
    @PutMapping("/schemes/{schemeId}/rules")
    @PreAuthorize("hasRole('ADMIN')")
    Scheme rules(@PathVariable long schemeId, @RequestBody RulesRequest body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "required: the version read");
        }
        SchemeRules rules;
        try {
            rules = new SchemeRules(
                    required("premium", body.premium()),
                    required("farmerShare", body.farmerShare()),
                    required("centralPercent", body.centralPercent()),
                    required("provincePercent", body.provincePercent()),
                    required("countyPercent", body.countyPercent()),
                    required("sumInsured", body.sumInsured()),
                    required("specialFarmerShare", body.specialFarmerShare()),
                    required("specialSumInsured", body.specialSumInsured()),
                    required("topUp", body.topUp()),
                    required("toppedUpSumInsured", body.toppedUpSumInsured()),
                    required("deductible", body.deductible()),
                    required("noticeDays", body.noticeDays()));
        } catch (SchemeRuleViolation e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
        schemes.visible(schemeId, CurrentUser.scope());
        return schemes.updateRules(schemeId, rules, body.version(), CurrentUser.actor());
    }

    @Operation(summary = "The bid's blanks (XXX个工作日) the scheme has set with the service-level engine")
    @GetMapping("/schemes/{schemeId}/service-limits")
    Map<String, Integer> serviceLimits(@PathVariable long schemeId) {
        schemes.visible(schemeId, CurrentUser.scope());
        return schemes.serviceLimits(schemeId);
    }

    @Operation(summary = "Set the bid's blanks through the engine (administrator), e.g. {\"bid.claim-review\": 5}")
    @PutMapping("/schemes/{schemeId}/service-limits")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Integer> setServiceLimits(@PathVariable long schemeId, @RequestBody Map<String, Integer> limits) {
        schemes.visible(schemeId, CurrentUser.scope());
        if (limits == null || limits.isEmpty() || limits.size() > 20) {
            throw new InvalidInputException("limits", "1–20 blanks by name");
        }
        schemes.setServiceLimits(schemeId, limits, CurrentUser.actor());
        return schemes.serviceLimits(schemeId);
    }

    @Operation(
            summary =
                    "Renew into the next year (administrator): the next year's scheme copied unless it exists, every"
                            + " household re-registered with a new policy, the farmer's share unpaid; running it again creates nothing")
    @PostMapping("/schemes/{schemeId}/renewal")
    @PreAuthorize("hasRole('ADMIN')")
    SchemeRenewals.Renewal renew(@PathVariable long schemeId) {
        return renewals.renew(schemeId, CurrentUser.scope(), CurrentUser.actor());
    }

    @Operation(summary = "The ledger and coverage by township and village")
    @GetMapping("/schemes/{schemeId}/ledger")
    Ledger.CountyLedger ledger(@PathVariable long schemeId) {
        return ledger.of(schemeId, CurrentUser.scope());
    }

    /** A household as the registry takes it; the column names of the template workbook in English. */
    record HouseholdRequest(
            String headName,
            String headId,
            String registerNo,
            String members,
            String villageCode,
            String address,
            String structure,
            String yearBuilt,
            String floorArea,
            String category,
            String topUp,
            String bankAccount,
            String phone,
            DeclineReason declined) {

        Map<ImportColumn, String> cells() {
            Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
            put(cells, ImportColumn.HEAD_NAME, headName);
            put(cells, ImportColumn.HEAD_ID, headId);
            put(cells, ImportColumn.REGISTER_NO, registerNo);
            put(cells, ImportColumn.MEMBERS, members);
            put(cells, ImportColumn.VILLAGE_CODE, villageCode);
            put(cells, ImportColumn.ADDRESS, address);
            put(cells, ImportColumn.STRUCTURE, structure);
            put(cells, ImportColumn.YEAR_BUILT, yearBuilt);
            put(cells, ImportColumn.FLOOR_AREA, floorArea);
            put(cells, ImportColumn.CATEGORY, category);
            put(cells, ImportColumn.TOP_UP, topUp);
            put(cells, ImportColumn.BANK_ACCOUNT, bankAccount);
            put(cells, ImportColumn.PHONE, phone);
            return cells;
        }

        private static void put(Map<ImportColumn, String> cells, ImportColumn column, String value) {
            if (value != null) {
                cells.put(column, value);
            }
        }
    }

    @Operation(summary = "Register and enrol one household")
    @PostMapping("/schemes/{schemeId}/households")
    @PreAuthorize(Access.WORKERS)
    ResponseEntity<HouseholdView> register(@PathVariable long schemeId, @RequestBody HouseholdRequest body) {
        if (body == null) {
            throw new InvalidInputException("body", "required");
        }
        HouseholdView created = households.register(schemeId, body.cells(), body.declined(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/rural-housing/households/" + created.id()))
                .body(created);
    }

    @Operation(
            summary = "The households of a village, masked (a village liaison: the enrolled ones of their own village)")
    @GetMapping("/schemes/{schemeId}/villages/{villageCode}/households")
    @PreAuthorize(Access.VILLAGE_READERS)
    List<HouseholdView> village(@PathVariable long schemeId, @PathVariable String villageCode) {
        ScopedUser user = CurrentUser.get();
        return VillageLiaisons.isLiaison(user)
                ? households.reportable(schemeId, villageCode, null, user)
                : households.ofVillage(schemeId, villageCode, user, 500);
    }

    /** A village of a liaison's county, for the liaison. */
    record LiaisonVillage(String villageCode, String villageName) {}

    @Operation(summary = "The villages assigned to the signed-in village liaison")
    @GetMapping("/liaison/villages")
    @PreAuthorize(Access.LIAISON)
    List<LiaisonVillage> liaisonVillages() {
        return liaisons.villagesOf(CurrentUser.get()).stream()
                .map(code -> new LiaisonVillage(code, schemes.divisionName(code)))
                .toList();
    }

    @Operation(summary = "The village liaisons of the scheme's county and their villages")
    @GetMapping("/schemes/{schemeId}/liaisons")
    @PreAuthorize(Access.LIAISON_ASSIGNERS)
    List<VillageLiaisons.Assignment> liaisons(@PathVariable long schemeId) {
        return liaisons.of(schemeId, CurrentUser.get());
    }

    /** A village to assign to a liaison's account. */
    record AssignmentRequest(
            @Nullable String username, @Nullable String villageCode) {}

    @Operation(summary = "Assign a village of the scheme's county to a village liaison (audited)")
    @PostMapping("/schemes/{schemeId}/liaisons")
    @PreAuthorize(Access.LIAISON_ASSIGNERS)
    List<VillageLiaisons.Assignment> assignLiaison(
            @PathVariable long schemeId, @RequestBody @Nullable AssignmentRequest body) {
        if (body == null || body.username() == null) {
            throw new InvalidInputException("username", "required");
        }
        if (body.villageCode() == null) {
            throw new InvalidInputException("villageCode", "required");
        }
        liaisons.assign(schemeId, body.username(), body.villageCode(), CurrentUser.get());
        return liaisons.of(schemeId, CurrentUser.get());
    }

    @Operation(summary = "Take a village from a village liaison (audited)")
    @DeleteMapping("/schemes/{schemeId}/liaisons/{username}/villages/{villageCode}")
    @PreAuthorize(Access.LIAISON_ASSIGNERS)
    ResponseEntity<Void> unassignLiaison(
            @PathVariable long schemeId, @PathVariable String username, @PathVariable String villageCode) {
        liaisons.unassign(schemeId, username, villageCode, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "One household, masked")
    @GetMapping("/households/{householdId}")
    HouseholdView household(@PathVariable long householdId) {
        return households.visible(householdId, CurrentUser.get());
    }

    @Operation(summary = "The enrolled household's voucher (保险凭证, contract copy and payment voucher) as PDF")
    @GetMapping("/households/{householdId}/voucher.pdf")
    @PreAuthorize(Access.WORKERS)
    ResponseEntity<byte[]> voucher(@PathVariable long householdId) {
        return download(
                vouchers.pdf(householdId, CurrentUser.get()),
                "voucher-" + householdId + ".pdf",
                MediaType.APPLICATION_PDF);
    }

    /** The enrolment version read. */
    record VersionRequest(Integer version, DeclineReason reason) {}

    @Operation(summary = "Enrol a household that was not enrolled")
    @PostMapping("/households/{householdId}/enrol")
    @PreAuthorize(Access.WORKERS)
    HouseholdView enrol(@PathVariable long householdId, @RequestBody VersionRequest body) {
        return households.enrol(householdId, version(body), CurrentUser.get());
    }

    @Operation(summary = "Record why a household is not enrolled")
    @PostMapping("/households/{householdId}/decline")
    @PreAuthorize(Access.WORKERS)
    HouseholdView decline(@PathVariable long householdId, @RequestBody VersionRequest body) {
        if (body == null || body.reason() == null) {
            throw new InvalidInputException("reason", "required");
        }
        return households.decline(householdId, body.reason(), version(body), CurrentUser.get());
    }

    @Operation(summary = "Record the farmer's payment of the household's share")
    @PostMapping("/households/{householdId}/payment")
    @PreAuthorize(Access.WORKERS)
    HouseholdView payment(@PathVariable long householdId, @RequestBody VersionRequest body) {
        return households.recordPayment(householdId, version(body), CurrentUser.get());
    }

    @Operation(summary = "Import households from the template workbook (.xlsx); 202 with the import id")
    @PostMapping("/schemes/{schemeId}/household-imports")
    @PreAuthorize(Access.WORKERS)
    ResponseEntity<Map<String, Object>> importHouseholds(
            @PathVariable long schemeId, @RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "send the workbook as multipart/form-data in a part named 'file'");
        }
        UUID id;
        try {
            id = imports.start(schemeId, file.getOriginalFilename(), file.getInputStream(), CurrentUser.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String location = "/api/v1/rural-housing/schemes/" + schemeId + "/household-imports/" + id;
        return ResponseEntity.accepted()
                .location(URI.create(location))
                .body(Map.of("importId", id, "status", location));
    }

    @Operation(summary = "An import's state, counts and refused rows (row, column, reason)")
    @GetMapping("/schemes/{schemeId}/household-imports/{importId}")
    ImportReport importReport(@PathVariable long schemeId, @PathVariable UUID importId) {
        ImportReport report = imports.report(importId, CurrentUser.get());
        if (report.schemeId() != schemeId) {
            throw new io.shixiao.shared.problem.NotFoundException("Import", importId);
        }
        return report;
    }

    @Operation(summary = "The refused rows as a workbook with the reason beside each")
    @GetMapping("/schemes/{schemeId}/household-imports/{importId}/rejected.xlsx")
    @PreAuthorize(Access.WORKERS)
    ResponseEntity<byte[]> rejected(@PathVariable long schemeId, @PathVariable UUID importId) {
        importReport(schemeId, importId);
        byte[] workbook = Workbooks.rejected(imports.rejectedRows(importId, CurrentUser.get()));
        return download(workbook, "rejected-" + importId + ".xlsx", XLSX);
    }

    @Operation(summary = "The empty household workbook to fill in")
    @GetMapping("/household-template.xlsx")
    ResponseEntity<byte[]> template() {
        return download(Workbooks.template(), "household-template.xlsx", XLSX);
    }

    /** A village's damaged houses after a disaster. */
    record BatchRequest(
            String villageCode,
            String peril,
            Instant occurredAt,
            List<Long> householdIds,
            @Nullable Instant reportedAt,
            @Nullable String lateReason) {}

    @Operation(summary = "Report a village's damaged houses as one batch")
    @PostMapping("/schemes/{schemeId}/claim-batches")
    @PreAuthorize(Access.REPORTERS)
    List<ClaimView> reportBatch(@PathVariable long schemeId, @RequestBody BatchRequest body) {
        if (body == null || body.householdIds() == null || body.villageCode() == null) {
            throw new InvalidInputException("householdIds", "required with villageCode, peril and occurredAt");
        }
        return claims.reportBatch(
                schemeId,
                body.villageCode(),
                body.peril(),
                body.occurredAt(),
                body.householdIds(),
                new HouseClaims.When(body.reportedAt(), body.lateReason()),
                CurrentUser.get());
    }

    @Operation(summary = "The claims of a scheme, latest first")
    @GetMapping("/schemes/{schemeId}/claims")
    List<ClaimView> claims(@PathVariable long schemeId, @RequestParam(required = false) String villageCode) {
        return claims.ofScheme(schemeId, villageCode, CurrentUser.get(), 500);
    }

    @Operation(summary = "One claim")
    @GetMapping("/claims/{claimId}")
    ClaimView claim(@PathVariable long claimId) {
        return claims.visible(claimId, CurrentUser.get());
    }

    @Operation(summary = "A claim's time limits, from the service-level engine")
    @GetMapping("/claims/{claimId}/deadlines")
    CaseDeadlines deadlines(@PathVariable long claimId) {
        return claims.deadlines(claimId, CurrentUser.get());
    }

    /**
     * A step of a claim: when it happened (absent: now) and why it is recorded late; the assessment's
     * extent, loss in fen and photo count.
     */
    record StepRequest(
            @Nullable Instant at,
            @Nullable String lateReason,
            @Nullable LossExtent extent,
            @Nullable Long assessedLoss,
            @Nullable Integer photos) {

        HouseClaims.When when() {
            return new HouseClaims.When(at, lateReason);
        }
    }

    @Operation(summary = "Step of a claim: contact, arrive, assess, complete, approve or pay")
    @PostMapping("/claims/{claimId}/{step}")
    @PreAuthorize(Access.WORKERS)
    ClaimView step(
            @PathVariable long claimId, @PathVariable String step, @RequestBody(required = false) StepRequest body) {
        StepRequest request = body == null ? new StepRequest(null, null, null, null, null) : body;
        return switch (step) {
            case "contact" -> claims.contact(claimId, request.when(), CurrentUser.get());
            case "arrive" -> claims.arrive(claimId, request.when(), CurrentUser.get());
            case "assess" ->
                claims.assess(
                        claimId,
                        request.extent(),
                        required("assessedLoss", request.assessedLoss()),
                        required("photos", request.photos()),
                        request.when(),
                        CurrentUser.get());
            case "complete" -> claims.completeFile(claimId, request.when(), CurrentUser.get());
            case "approve" -> claims.approve(claimId, request.when(), CurrentUser.get());
            case "pay" -> claims.pay(claimId, request.when(), CurrentUser.get());
            default ->
                throw new InvalidInputException("step", "one of contact, arrive, assess, complete, approve, pay");
        };
    }

    @Operation(summary = "Publish the village notice (公示) of assessed losses")
    @PostMapping("/schemes/{schemeId}/villages/{villageCode}/notices")
    @PreAuthorize(Access.WORKERS)
    Map<String, Object> publish(@PathVariable long schemeId, @PathVariable String villageCode) {
        return Map.of("noticeId", claims.publishNotice(schemeId, villageCode, CurrentUser.get()));
    }

    @Operation(summary = "The houses on a notice, names and ID numbers masked")
    @GetMapping("/notices/{noticeId}")
    List<ClaimView> notice(@PathVariable long noticeId) {
        return claims.onNotice(noticeId, CurrentUser.get());
    }

    /** An objection to one house on the notice. */
    record ObjectionRequest(Long claimId, String objection) {}

    @Operation(summary = "Record an objection received during the notice")
    @PostMapping("/notices/{noticeId}/objections")
    @PreAuthorize(Access.WORKERS)
    Map<String, Object> object(@PathVariable long noticeId, @RequestBody ObjectionRequest body) {
        if (body == null || body.claimId() == null) {
            throw new InvalidInputException("claimId", "required");
        }
        return Map.of("objectionId", claims.object(noticeId, body.claimId(), body.objection(), CurrentUser.get()));
    }

    /** The answer to an objection; with extent and loss where it is upheld. */
    record AnswerRequest(
            String answer,
            @Nullable LossExtent extent,
            @Nullable Long assessedLoss) {}

    @Operation(summary = "Answer an objection (reassess where upheld)")
    @PostMapping("/objections/{objectionId}/answer")
    @PreAuthorize(Access.WORKERS)
    ResponseEntity<Void> answer(@PathVariable long objectionId, @RequestBody AnswerRequest body) {
        if (body == null) {
            throw new InvalidInputException("answer", "required");
        }
        claims.answer(objectionId, body.answer(), body.extent(), body.assessedLoss(), CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Close a notice whose window is over: the files are complete and review starts")
    @PostMapping("/notices/{noticeId}/close")
    @PreAuthorize(Access.WORKERS)
    Map<String, Object> close(@PathVariable long noticeId) {
        return Map.of("filesComplete", claims.closeNotice(noticeId, CurrentUser.get()));
    }

    @Operation(summary = "The county report as Excel (period 2026-05 or 2026)")
    @GetMapping("/schemes/{schemeId}/reports/county.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable long schemeId, @RequestParam(required = false) String period) {
        CountyReports.Period p = CountyReports.Period.parse(period, clock);
        return download(reports.workbook(schemeId, p, CurrentUser.scope()), "county-report.xlsx", XLSX);
    }

    @Operation(summary = "The county report as PDF (period 2026-05 or 2026)")
    @GetMapping("/schemes/{schemeId}/reports/county.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long schemeId, @RequestParam(required = false) String period) {
        CountyReports.Period p = CountyReports.Period.parse(period, clock);
        return download(
                reports.pdf(schemeId, p, CurrentUser.scope(), java.util.Locale.SIMPLIFIED_CHINESE),
                "county-report.pdf",
                MediaType.APPLICATION_PDF);
    }

    static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    private static int version(VersionRequest body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException("version", "required: the version read");
        }
        return body.version();
    }

    private static <T> T required(String field, @Nullable T value) {
        if (value == null) {
            throw new InvalidInputException(field, "required");
        }
        return value;
    }
}
