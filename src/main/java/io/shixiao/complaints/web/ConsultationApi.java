package io.shixiao.complaints.web;

import io.shixiao.complaints.application.ConsultationDesk;
import io.shixiao.complaints.application.ConsultationDesk.NewConsultation;
import io.shixiao.complaints.application.ConsultationRow;
import io.shixiao.complaints.application.StepTime;
import io.shixiao.complaints.domain.ConsultationStatus;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
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

/** Consultations: taken, answered within AGR-CONSULT, or converted into a complaint without retyping. */
@RestController
@RequestMapping("/api/v1/consultations")
@Tag(name = "Consultations 咨询", description = "Questions from the hotline, outlets and online")
@PreAuthorize(Access.READERS)
class ConsultationApi {

    private final ConsultationDesk desk;
    private final Clock clock;

    ConsultationApi(ConsultationDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.INTAKE)
    @Operation(summary = "Take a consultation; starts AGR-CONSULT (and TGT-CLAIM-CONSULT for a claim question)")
    ConsultationRow receive(@RequestBody NewConsultation body) {
        return desk.receive(body, CurrentUser.get());
    }

    @GetMapping
    @Operation(summary = "List consultations, newest first")
    List<ConsultationRow> list(@RequestParam(required = false) @Nullable ConsultationStatus status) {
        return desk.list(CurrentUser.scope(), status);
    }

    @GetMapping("/{number}")
    @Operation(summary = "One consultation")
    ConsultationRow one(@PathVariable String number) {
        return desk.find(number, CurrentUser.scope());
    }

    @PostMapping("/{number}/answer")
    @PreAuthorize(Access.INTAKE)
    @Operation(summary = "Answer the consultation (checked for forbidden phrases); stops its clock")
    ConsultationRow answer(@PathVariable String number, @RequestBody AnswerRequest body) {
        return desk.answer(
                number,
                body.version(),
                body.answer(),
                StepTime.of(body.occurredAt(), body.lateReason(), clock),
                CurrentUser.get());
    }

    @PostMapping("/{number}/conversion")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.INTAKE)
    @Operation(summary = "Convert into a complaint: the consultation's clock stops, the complaint's start")
    ComplaintResponse convert(@PathVariable String number, @RequestBody ConversionRequest body) {
        return ComplaintResponse.of(desk.convert(
                number,
                body.version(),
                body.customerRequest(),
                body.complainantName(),
                body.complainantMobile(),
                CurrentUser.get()));
    }

    record AnswerRequest(
            @Nullable Integer version,
            @Nullable String answer,
            @Nullable Instant occurredAt,
            @Nullable String lateReason) {}

    record ConversionRequest(
            @Nullable Integer version,
            @Nullable String customerRequest,
            @Nullable String complainantName,
            @Nullable String complainantMobile) {}
}
