package io.shixiao.quality.web;

import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.application.PhraseAdministration;
import io.shixiao.quality.application.PhraseRecord;
import io.shixiao.shared.problem.FieldProblem;
import io.shixiao.shared.problem.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The list of forbidden phrases; ADMIN and QUALITY_INSPECTOR change it. */
@RestController
@RequestMapping("/api/v1/forbidden-phrases")
@Tag(name = "Forbidden phrases 服务禁语", description = "Checking texts against the forbidden service phrases")
class PhraseListApi {

    private final PhraseAdministration administration;

    PhraseListApi(PhraseAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(
            summary = "List the forbidden phrases",
            description =
                    "The seed's phrases and those administrators added, with disabled ones; filter by stage and status.")
    List<PhraseResponse> list(
            @RequestParam(required = false) ServiceStage stage, @RequestParam(required = false) Boolean active) {
        return administration.list(stage).stream()
                .filter(p -> active == null || p.active() == active)
                .map(PhraseResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One forbidden phrase")
    PhraseResponse one(@PathVariable long id) {
        return PhraseResponse.of(administration.get(id));
    }

    @PostMapping
    @Operation(summary = "Add a forbidden phrase (ADMIN, QUALITY_INSPECTOR)", description = """
                    The list is open (包括但不限于). Write the phrase as the seed does: xxx or ××× for any name or \
                    number, a character or two in brackets as an alternative to as many before it, longer \
                    bracketed text as an explanation. core: the clauses forbidden on their own, each one or more \
                    whole clauses of the phrase; without core only the whole phrase blocks. 409 where the stage \
                    already lists the same words.""")
    ResponseEntity<PhraseResponse> add(@RequestBody PhraseRequest request) {
        PhraseRecord added = administration.add(stage(request.stage()), request.phrase(), request.core());
        return ResponseEntity.created(URI.create("/api/v1/forbidden-phrases/" + added.id()))
                .body(PhraseResponse.of(added));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a forbidden phrase (ADMIN, QUALITY_INSPECTOR)", description = """
                    Send the version read (409 when stale). A seed phrase keeps the seed's words and stage; only \
                    its core changes. Omitted stage or phrase keep what is stored.""")
    PhraseResponse edit(@PathVariable long id, @RequestBody PhraseRequest request) {
        ServiceStage stage = request.stage() == null ? null : stage(request.stage());
        return PhraseResponse.of(administration.edit(id, stage, request.phrase(), request.core(), request.version()));
    }

    @PostMapping("/{id}/disable")
    @Operation(
            summary = "Disable a forbidden phrase (ADMIN, QUALITY_INSPECTOR)",
            description = "It stays on record and checks nothing until enabled again.")
    PhraseResponse disable(@PathVariable long id, @RequestBody VersionRequest request) {
        return PhraseResponse.of(administration.disable(id, request.version()));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled forbidden phrase (ADMIN, QUALITY_INSPECTOR)")
    PhraseResponse enable(@PathVariable long id, @RequestBody VersionRequest request) {
        return PhraseResponse.of(administration.enable(id, request.version()));
    }

    private static ServiceStage stage(String name) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceStage stage = Stages.read(name, "stage", problems);
        if (stage == null) {
            throw new InvalidInputException(problems, "Invalid fields: " + problems);
        }
        return stage;
    }

    /**
     * A phrase to add or change.
     *
     * @param core the clauses forbidden on their own
     * @param version the version read, to change a phrase
     */
    record PhraseRequest(String stage, String phrase, List<String> core, Integer version) {}

    /** @param version the version read, refused when stale */
    record VersionRequest(Integer version) {}

    /**
     * A phrase on the list.
     *
     * @param seedKey the seed entry, null for a phrase an administrator added
     */
    record PhraseResponse(
            long id,
            String stage,
            String stageName,
            String phrase,
            List<String> core,
            String sourceClause,
            String seedKey,
            boolean active,
            Instant updatedAt,
            String updatedBy,
            int version) {

        static PhraseResponse of(PhraseRecord p) {
            return new PhraseResponse(
                    p.id(),
                    p.stage().name(),
                    p.stage().chineseName(),
                    p.phrase(),
                    p.core(),
                    p.sourceClause(),
                    p.seedKey(),
                    p.active(),
                    p.updatedAt(),
                    p.updatedBy(),
                    p.version());
        }
    }
}
