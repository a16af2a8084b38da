package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.Milestone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, at start-up, a standard that no sequence of milestones could bind or run as written: a
 * standard that silently never binds would look enforced on the catalog page while protecting nobody.
 * Each rule reads as the sentence its problem prints.
 */
final class BindabilityCheck {

    private BindabilityCheck() {}

    /** The problems of {@code standard}, each a sentence; empty when some milestone sequence binds it. */
    static List<String> of(ServiceStandard standard) {
        List<String> problems = new ArrayList<>();
        amountBandMustNotBeEmpty(standard, problems);
        regionsMustNotAllBeExcluded(standard, problems);
        eachMilestoneMustHaveOneRole(standard, problems);
        requiredFactsMustConcernTheStandardsOwnMilestones(standard, problems);
        countedMilestoneMustNotStartOrStopTheCount(standard, problems);
        noticeBeforeTheDeadlineNeedsANotice(standard, problems);
        return problems;
    }

    private static void amountBandMustNotBeEmpty(ServiceStandard standard, List<String> problems) {
        Applicability a = standard.appliesTo();
        if (a.minAmount() != null
                && a.maxAmount() != null
                && a.minAmount().compareTo(a.maxAmount()) == 0
                && !a.maxAmountInclusive()) {
            problems.add("can bind no case: its amount band from " + a.minAmount() + " up to (not including) "
                    + a.maxAmount() + " is empty");
        }
    }

    private static void regionsMustNotAllBeExcluded(ServiceStandard standard, List<String> problems) {
        Applicability a = standard.appliesTo();
        if (!a.regions().isEmpty()
                && a.regions().stream()
                        .allMatch(region -> a.excludedRegions().stream().anyMatch(region::startsWith))) {
            problems.add("can bind no case: every one of its regions " + a.regions() + " is excluded");
        }
    }

    // The engine applies a milestone as stop, pause, resume, restart or cancel, first match wins: a
    // milestone in two of these sets would never play its second part.
    private static void eachMilestoneMustHaveOneRole(ServiceStandard standard, List<String> problems) {
        Milestones m = standard.milestones();
        Map<String, Set<Milestone>> roles = new LinkedHashMap<>();
        roles.put("stop", m.stop());
        roles.put("pause", m.pause());
        roles.put("resume", m.resume());
        roles.put("restart", m.restart());
        roles.put("cancel", m.cancel());
        List<String> names = List.copyOf(roles.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                for (Milestone shared : roles.get(names.get(i))) {
                    if (roles.get(names.get(j)).contains(shared)) {
                        problems.add("cannot run as written: " + shared + " is both a " + names.get(i) + " and a "
                                + names.get(j) + " milestone");
                    }
                }
            }
        }
        if (m.start().containsAll(m.stop()) && !m.stop().isEmpty()) {
            problems.add("cannot run as written: every stop milestone also starts it, so no clock would ever stop");
        }
    }

    private static void requiredFactsMustConcernTheStandardsOwnMilestones(
            ServiceStandard standard, List<String> problems) {
        for (Milestone milestone : standard.milestones().requiredFacts().keySet()) {
            if (!standard.milestones().mentions(milestone)) {
                problems.add("asks facts of " + milestone + ", which plays no part in its clock");
            }
        }
    }

    private static void countedMilestoneMustNotStartOrStopTheCount(ServiceStandard standard, List<String> problems) {
        CountLimit count = standard.countLimit();
        if (count != null
                && (standard.milestones().start().contains(count.counted())
                        || standard.milestones().stop().contains(count.counted()))) {
            problems.add(
                    "can count nothing: its counted milestone " + count.counted() + " also starts or stops the count");
        }
    }

    private static void noticeBeforeTheDeadlineNeedsANotice(ServiceStandard standard, List<String> problems) {
        for (ExtensionPolicy.Step step : standard.extension().steps()) {
            if (step.noticeBeforeDeadline() && !step.customerNoticeRequired()) {
                problems.add("has an extension that must be told before the deadline but needs no notice");
            }
        }
    }
}
