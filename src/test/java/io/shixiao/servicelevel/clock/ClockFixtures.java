package io.shixiao.servicelevel.clock;

import io.shixiao.servicelevel.calendar.CalendarRegistry;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.servicelevel.calendar.StatutorySchedule;
import io.shixiao.servicelevel.calendar.StatutoryScheduleCsv;
import io.shixiao.servicelevel.standard.Applicability;
import io.shixiao.servicelevel.standard.ExtensionPolicy;
import io.shixiao.servicelevel.standard.Milestones;
import io.shixiao.servicelevel.standard.PeriodSpec;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.Source;
import io.shixiao.servicelevel.standard.WarningThreshold;
import io.shixiao.shared.time.ShanghaiTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Calendars, standards and instants for clock tests. */
public final class ClockFixtures {

    public static final CalendarRegistry CALENDARS = CalendarRegistry.of(StandardCalendars.all(schedule()));
    public static final DeadlinePolicy POLICY = new DeadlinePolicy(CALENDARS);

    private ClockFixtures() {}

    static StatutorySchedule schedule() {
        try (InputStream in =
                ClockFixtures.class.getResourceAsStream("/calendars/cn/cn-statutory-calendar-2020-2026.csv")) {
            return StatutorySchedule.of(
                    StatutoryScheduleCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Instant at(String shanghaiLocal) {
        return LocalDateTime.parse(shanghaiLocal).atZone(ShanghaiTime.ZONE).toInstant();
    }

    /** 浙江规范第七章 2.2.2: dispatch within 5 minutes of the saved report. */
    public static ServiceStandard dispatchWithinFiveMinutes() {
        return standard(
                "ZJ-DISPATCH",
                "CLAIM",
                new Milestones(
                        Set.of("CLAIM_REPORTED"),
                        Set.of("SURVEYOR_DISPATCHED"),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of("CLAIM_CANCELLED")),
                new PeriodSpec(5, PeriodUnit.MINUTES, null, "24x7", false, false),
                ExtensionPolicy.none(),
                any("CLAIM"));
    }

    /** 保险法第二十三条, 司法解释二第十五条: decision within 30 days, paused while documents are missing. */
    public static ServiceStandard decideWithinThirtyDays() {
        return standard(
                "LAW-23-DECIDE",
                "CLAIM",
                new Milestones(
                        Set.of("CLAIM_DOCUMENTS_RECEIVED"),
                        Set.of("CLAIM_DECIDED"),
                        Set.of("MISSING_DOCUMENTS_NOTICE_RECEIVED"),
                        Set.of("SUPPLEMENTARY_DOCUMENTS_RECEIVED"),
                        Set.of(),
                        Set.of("CLAIM_CANCELLED")),
                new PeriodSpec(30, PeriodUnit.CALENDAR_DAYS, null, "CN", true, false),
                ExtensionPolicy.none(),
                any("CLAIM"));
    }

    /** 浙江规范第七章 2.7.1: claims up to 200,000 yuan agreed within 10 working days. */
    public static ServiceStandard agreeWithinTenWorkingDays() {
        Applicability upTo200k = new Applicability(
                "CLAIM",
                Set.of(),
                Set.of("33"),
                Set.of(),
                null,
                new BigDecimal("200000"),
                true,
                null,
                Set.of(),
                Set.of(),
                null,
                Set.of());
        return standard(
                "ZJ-AGREE",
                "CLAIM",
                new Milestones(
                        Set.of("CLAIM_DOCUMENTS_RECEIVED"),
                        Set.of("SETTLEMENT_AGREED"),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of()),
                new PeriodSpec(10, PeriodUnit.WORKING_DAYS, "agreeDays", "CN", true, false),
                new ExtensionPolicy(List.of(step(10, PeriodUnit.WORKING_DAYS))),
                upTo200k);
    }

    /** 投诉办法第十八条: 15 days, extendable twice by 15, paused for appraisal and mediation, restarted by new facts. */
    public static ServiceStandard complaintWithinFifteenDays() {
        return standard(
                "CPL-18",
                "COMPLAINT",
                new Milestones(
                        Set.of("COMPLAINT_RECEIVED"),
                        Set.of("COMPLAINT_DECIDED"),
                        Set.of("APPRAISAL_STARTED", "MEDIATION_STARTED"),
                        Set.of("APPRAISAL_FINISHED", "MEDIATION_FINISHED"),
                        Set.of("NEW_FACTS_RECEIVED"),
                        Set.of("COMPLAINT_WITHDRAWN")),
                new PeriodSpec(15, PeriodUnit.CALENDAR_DAYS, null, "CN", false, false),
                new ExtensionPolicy(List.of(step(15, PeriodUnit.CALENDAR_DAYS), step(15, PeriodUnit.CALENDAR_DAYS))),
                any("COMPLAINT"));
    }

    static Applicability any(String caseType) {
        return new Applicability(
                caseType, Set.of(), Set.of(), Set.of(), null, null, false, null, Set.of(), Set.of(), null, Set.of());
    }

    /** An extension a MANAGER approves after telling the customer before the deadline. */
    static ExtensionPolicy.Step step(long amount, PeriodUnit unit) {
        return new ExtensionPolicy.Step(amount, unit, "MANAGER", null, true, true, null);
    }

    static ServiceStandard standard(
            String code,
            String caseType,
            Milestones milestones,
            PeriodSpec period,
            ExtensionPolicy extension,
            Applicability applicability) {
        return new ServiceStandard(
                code,
                code + " title",
                ServiceStandard.Kind.CLOCK,
                code,
                new Source(Source.Tier.LAW, "doc", "clause", "quote"),
                applicability,
                milestones,
                period,
                ServiceStandard.Direction.AFTER_START,
                null,
                List.of(new WarningThreshold(50, Set.of("MANAGER")), new WarningThreshold(80, Set.of("MANAGER"))),
                Set.of("MANAGER"),
                extension,
                Set.of(),
                "remedy",
                null,
                LocalDate.of(2020, 1, 1),
                null);
    }

    /** A catalog of the given standards. */
    public static StandardLookup lookup(ServiceStandard... standards) {
        List<ServiceStandard> list = List.of(standards);
        return new StandardLookup() {
            @Override
            public List<ServiceStandard> forCaseType(String caseType) {
                return list.stream()
                        .filter(s -> s.appliesTo().caseType().equals(caseType))
                        .toList();
            }

            @Override
            public Optional<ServiceStandard> byCode(String code) {
                return list.stream().filter(s -> s.code().equals(code)).findFirst();
            }

            @Override
            public List<ServiceStandard> all() {
                return list;
            }
        };
    }
}
