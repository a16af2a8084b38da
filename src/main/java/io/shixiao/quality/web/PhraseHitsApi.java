package io.shixiao.quality.web;

import io.shixiao.quality.application.PhraseCount;
import io.shixiao.quality.application.PhraseHitStatistics;
import io.shixiao.quality.application.StaffHits;
import io.shixiao.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hits per staff member, for supervisors. */
@RestController
@RequestMapping("/api/v1/forbidden-phrases/hits")
@Tag(name = "Forbidden phrases 服务禁语", description = "Checking texts against the forbidden service phrases")
class PhraseHitsApi {

    private final PhraseHitStatistics statistics;
    private final Clock clock;

    PhraseHitsApi(PhraseHitStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Hits per staff member (QUALITY_INSPECTOR, MANAGER, ADMIN)", description = """
                    The recorded checks of each staff member in your scope between two dates (Asia/Shanghai, both \
                    included; the last 30 days by default), with the phrases found most often.""")
    HitsResponse hits(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.of(from, to, clock);
        return new HitsResponse(
                period.from(),
                period.to(),
                statistics.perStaff(CurrentUser.scope(), period.start(), period.end()),
                statistics.topPhrases(CurrentUser.scope(), period.start(), period.end(), 10));
    }

    /** The staff and the most frequent phrases of a period. */
    record HitsResponse(LocalDate from, LocalDate to, List<StaffHits> staff, List<PhraseCount> phrases) {}
}
