package io.shixiao.servicelevel.web;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.standard.Applicability;
import io.shixiao.servicelevel.standard.ExtensionPolicy;
import io.shixiao.servicelevel.standard.PeriodWording;
import io.shixiao.servicelevel.standard.ServiceStandard;
import io.shixiao.servicelevel.standard.catalog.StandardCatalog;
import io.shixiao.shared.security.DataScope;
import io.shixiao.shared.web.Labels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the catalog pages' views of standards in the reader's language, from the message bundles. */
@Component
class StandardViews {

    private final Labels labels;
    private final MessageSource messages;
    private final StandardCatalog catalog;

    StandardViews(Labels labels, MessageSource messages, StandardCatalog catalog) {
        this.labels = labels;
        this.messages = messages;
        this.catalog = catalog;
    }

    /** The standards grouped by source document, the strongest tier first, in catalog order within. */
    Map<String, List<StandardView>> bySource(List<ServiceStandard> standards, DataScope reader, Locale locale) {
        Map<String, List<StandardView>> groups = new LinkedHashMap<>();
        standards.stream()
                .sorted(Comparator.comparing((ServiceStandard s) -> s.source().tier()))
                .forEach(standard -> groups.computeIfAbsent(standard.source().document(), k -> new ArrayList<>())
                        .add(of(standard, reader, locale)));
        return groups;
    }

    StandardView of(ServiceStandard s, DataScope reader, Locale locale) {
        StandardCatalog.Binding enforcement = enforcement(s, reader);
        return new StandardView(
                s.code(),
                s.title(),
                labels.of(s.kind(), locale),
                s.bindsStep(),
                labels.of(s.source().tier(), locale),
                s.source().document(),
                s.source().clause(),
                s.source().passages(),
                applicability(s.appliesTo(), locale),
                s.period() == null ? null : PeriodWording.describe(s.period(), s.direction(), locale),
                s.countLimit() == null
                        ? null
                        : text(
                                locale,
                                "standards.count." + s.countLimit().beyond(),
                                labels.of(s.countLimit().counted(), locale),
                                s.countLimit().maximum()),
                milestones(s.milestones().start(), locale),
                milestones(s.milestones().stop(), locale),
                milestones(s.milestones().pause(), locale),
                milestones(s.milestones().resume(), locale),
                milestones(s.milestones().restart(), locale),
                milestones(s.milestones().cancel(), locale),
                s.milestones().countFrom() == null
                        ? null
                        : text(
                                locale,
                                "standards.countFrom",
                                labels.of(s.milestones().countFrom(), locale)),
                s.warnings().stream()
                        .map(w -> text(
                                locale, "standards.warning", w.elapsedPercent(), labels.all(w.notifyRoles(), locale)))
                        .toList(),
                labels.all(s.breachEscalation(), locale),
                extension(s.extension(), locale),
                s.remedies().stream().map(r -> labels.of(r, locale)).toList(),
                s.remedy(),
                s.note(),
                s.effectiveTo() == null
                        ? text(locale, "standards.effective.from", s.effectiveFrom())
                        : text(locale, "standards.effective.range", s.effectiveFrom(), s.effectiveTo()),
                s.effectiveFromBasis(),
                enforcement.binds()
                        ? text(
                                locale,
                                s.contractParty() == null ? "standards.enforced.general" : "standards.enforced.party")
                        : enforcement.withheld(),
                enforcement.binds());
    }

    // A law or norm binds every case it describes; a contract or a company's own target binds the
    // reader's insurer only once it is in force and its figures set; a scheme's binds per scheme.
    private StandardCatalog.Binding enforcement(ServiceStandard s, DataScope reader) {
        if (s.contractParty() == null) {
            return new StandardCatalog.Binding(s.period(), null);
        }
        if (reader.insurerId() == null) {
            return catalog.enforcementFor(s, ContractParty.scheme(0));
        }
        return catalog.enforcementFor(s, ContractParty.insurer(reader.insurerId()));
    }

    private String applicability(Applicability a, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(labels.of(a.caseType(), locale));
        if (!a.productLines().isEmpty()) {
            parts.add(labels.all(a.productLines(), locale));
        }
        if (!a.regions().isEmpty()) {
            parts.add(
                    a.excludedRegions().isEmpty()
                            ? text(locale, "standards.applies.region", String.join("、", a.regions()))
                            : text(
                                    locale,
                                    "standards.applies.regionExcluding",
                                    String.join("、", a.regions()),
                                    String.join("、", a.excludedRegions())));
        }
        if (a.minAmount() != null) {
            parts.add(text(locale, "standards.applies.minAmount", a.minAmount().toPlainString()));
        }
        if (a.maxAmount() != null) {
            parts.add(text(
                    locale,
                    a.maxAmountInclusive() ? "standards.applies.maxAmountInclusive" : "standards.applies.maxAmount",
                    a.maxAmount().toPlainString()));
        }
        if (a.injuries() != null) {
            parts.add(text(locale, "standards.applies.injuries." + a.injuries()));
        }
        if (!a.zones().isEmpty()) {
            parts.add(labels.all(a.zones(), locale));
        }
        if (!a.channels().isEmpty()) {
            parts.add(labels.all(a.channels(), locale));
        }
        if (a.catastrophe() != null) {
            parts.add(text(locale, "standards.applies.catastrophe." + a.catastrophe()));
        }
        if (!a.facts().isEmpty()) {
            parts.add(labels.all(a.facts(), locale));
        }
        return String.join("en".equals(locale.getLanguage()) ? "; " : "；", parts);
    }

    private List<String> extension(ExtensionPolicy policy, Locale locale) {
        List<String> steps = new ArrayList<>();
        for (ExtensionPolicy.Step step : policy.steps()) {
            StringBuilder words = new StringBuilder();
            if (step.condition() != null) {
                words.append(step.condition()).append(text(locale, "standards.extension.conditionSeparator"));
            }
            words.append(
                    step.amount() > 0
                            ? text(locale, "standards.extension.amount", length(step.amount(), step.unit(), locale))
                            : text(locale, "standards.extension.approverSets"));
            if (step.approverRole() != null) {
                words.append(text(
                        locale,
                        "standards.extension.approval",
                        step.approverLevel() != null ? step.approverLevel() : labels.of(step.approverRole(), locale)));
            }
            if (step.customerNoticeRequired()) {
                words.append(text(
                        locale,
                        step.noticeBeforeDeadline()
                                ? "standards.extension.noticeBefore"
                                : "standards.extension.notice"));
            }
            steps.add(words.toString());
        }
        return steps;
    }

    private String length(long amount, PeriodUnit unit, Locale locale) {
        return text(locale, "standards.length", amount, labels.of(unit, locale));
    }

    private List<String> milestones(Collection<Milestone> names, Locale locale) {
        return names.stream().sorted().map(m -> labels.of(m, locale)).toList();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
