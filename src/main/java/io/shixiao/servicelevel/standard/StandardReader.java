package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Channel;
import io.shixiao.servicelevel.ContractParty;
import io.shixiao.servicelevel.Fact;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.PolicyTerm;
import io.shixiao.servicelevel.ProductLine;
import io.shixiao.servicelevel.Zone;
import io.shixiao.servicelevel.calendar.PausedDays;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.servicelevel.calendar.StandardCalendars;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.yaml.LocatedYaml;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one entry of a catalog file into a {@link ServiceStandard}, adding each problem with its line
 * rather than throwing, so that a start-up reports all of them. Keys the entry leaves out are taken
 * from the file ({@link FileContext}).
 */
final class StandardReader {

    private static final Set<String> STANDARD_KEYS = Set.of(
            "code",
            "title",
            "kind",
            "bindsStep",
            "document",
            "tier",
            "clause",
            "quote",
            "appliesTo",
            "milestones",
            "period",
            "direction",
            "count",
            "warnings",
            "escalation",
            "extension",
            "repeatable",
            "remedies",
            "remedy",
            "note",
            "effectiveFrom",
            "effectiveTo");
    private static final Set<String> APPLIES_KEYS = Set.of(
            "caseType",
            "productLines",
            "regions",
            "excludedRegions",
            "minAmount",
            "maxAmount",
            "maxAmountInclusive",
            "injuries",
            "zones",
            "channels",
            "catastrophe",
            "facts");
    private static final Set<String> MILESTONE_KEYS =
            Set.of("start", "stop", "pause", "resume", "restart", "cancel", "countFrom", "requiredFacts");
    private static final Set<String> PERIOD_KEYS = Set.of(
            "amount",
            "parameter",
            "unit",
            "unitOpen",
            "policyTerm",
            "calendar",
            "rollRestDay",
            "closeOfBusiness",
            "pausedDays");
    private static final Set<String> COUNT_KEYS = Set.of("milestone", "maximum", "beyond");
    private static final Set<String> WARNING_KEYS = Set.of("at", "notify");
    private static final Set<String> EXTENSION_KEYS = Set.of(
            "amount", "unit", "approver", "approverLevel", "customerNotice", "noticeBeforeDeadline", "condition");
    private static final String CODE_PATTERN = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";
    private static final String PARAMETER_PATTERN = "[a-z][a-z0-9]*(\\.[a-z0-9-]+)+";

    /** What a file says for all its entries. */
    record FileContext(
            String sourceName,
            String document,
            String documentCode,
            Source.Tier tier,
            ContractParty.Type contractParty,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String effectiveFromBasis,
            MappingNode defaults) {}

    private final LocatedYaml yaml;
    private final List<String> problems;
    private final FileContext file;

    StandardReader(LocatedYaml yaml, List<String> problems, FileContext file) {
        this.yaml = yaml;
        this.problems = problems;
        this.file = file;
    }

    /** The entry as a standard, or null when it has problems (which are added). */
    ServiceStandard read(MappingNode node) {
        int before = problems.size();
        Map<String, NodeTuple> keys = yaml.keys(node, STANDARD_KEYS, "standard");
        String code = yaml.requiredText(node, keys, "code", "code");
        String ctx = code == null ? "standard" : code;
        if (code != null && !code.matches(CODE_PATTERN)) {
            problems.add(yaml.at(keys.get("code").getValueNode()) + "code '" + code
                    + "' must be upper-case words joined by '-'");
        }
        String title = yaml.requiredText(node, keys, "title", ctx + ".title");
        ServiceStandard.Kind kind =
                yaml.enumValue(node, keys, "kind", ctx + ".kind", ServiceStandard.Kind.class, "kind", true);
        String bindsStep = yaml.requiredText(node, keys, "bindsStep", ctx + ".bindsStep");
        if (bindsStep != null && !bindsStep.matches("[A-Z][A-Z0-9_]*")) {
            problems.add(yaml.at(keys.get("bindsStep").getValueNode()) + "bindsStep '" + bindsStep
                    + "' must be UPPER_SNAKE_CASE in " + ctx + ".bindsStep");
        }
        String document = keys.containsKey("document")
                ? yaml.requiredText(node, keys, "document", ctx + ".document")
                : file.document();
        Source.Tier tier = keys.containsKey("tier")
                ? yaml.enumValue(node, keys, "tier", ctx + ".tier", Source.Tier.class, "tier", true)
                : file.tier();
        String clause = yaml.requiredText(node, keys, "clause", ctx + ".clause");
        String quote = yaml.requiredText(node, keys, "quote", ctx + ".quote");

        Applicability appliesTo = applicability(node, keys, ctx);
        CaseType caseType = appliesTo == null ? null : appliesTo.caseType();
        Milestones milestones = milestones(node, keys, ctx, caseType, kind);

        PeriodSpec period = null;
        CountLimit count = null;
        if (kind == ServiceStandard.Kind.CLOCK) {
            period = period(node, keys, ctx, milestones);
            if (keys.containsKey("count")) {
                problems.add(yaml.at(keys.get("count").getKeyNode()) + "'count' applies only to COUNT standards in "
                        + ctx + ".count");
            }
        } else if (kind == ServiceStandard.Kind.COUNT) {
            count = count(node, keys, ctx, caseType);
            for (String clockOnly : List.of("period", "warnings", "extension", "direction")) {
                if (keys.containsKey(clockOnly)) {
                    problems.add(yaml.at(keys.get(clockOnly).getKeyNode()) + "'" + clockOnly
                            + "' applies only to CLOCK standards in " + ctx + "." + clockOnly);
                }
            }
        }
        ServiceStandard.Direction direction = keys.containsKey("direction")
                ? yaml.enumValue(
                        node, keys, "direction", ctx + ".direction", ServiceStandard.Direction.class, "direction", true)
                : ServiceStandard.Direction.AFTER_START;
        if (direction == ServiceStandard.Direction.BEFORE_START && period != null) {
            // Counting back is defined here for natural days only (续保提醒在保单到期前N天完成); no roll forward.
            if (period.unit() != PeriodUnit.CALENDAR_DAYS || period.unitOpen()) {
                problems.add(yaml.at(keys.get("direction").getValueNode())
                        + "a period counted back (BEFORE_START) is counted in CALENDAR_DAYS, in " + ctx
                        + ".period.unit");
            }
            if (period.rollRestDay()) {
                problems.add(yaml.at(keys.get("direction").getValueNode())
                        + "a period counted back (BEFORE_START) cannot roll a rest day forward in " + ctx
                        + ".period.rollRestDay");
            }
        }
        List<WarningThreshold> warnings = kind == ServiceStandard.Kind.COUNT ? List.of() : warnings(keys, ctx);
        Set<Role> escalation = yaml.enums(inherited(keys, "escalation"), ctx + ".escalation", Role.class, "role");
        ExtensionPolicy extension = extension(keys, ctx);
        Boolean repeatable = yaml.bool(
                keys.containsKey("repeatable") ? keys.get("repeatable").getValueNode() : null, ctx + ".repeatable");
        Set<Remedy> remedies = yaml.enums(inherited(keys, "remedies"), ctx + ".remedies", Remedy.class, "remedy");
        Node remedyNode = inherited(keys, "remedy");
        String remedy = remedyNode == null ? null : yaml.text(remedyNode, ctx + ".remedy");
        if (remedies.isEmpty() || remedy == null || remedy.isBlank()) {
            problems.add(yaml.at(node) + "missing 'remedies' and 'remedy' (what is owed on breach) in " + ctx);
        }
        String note = keys.containsKey("note") ? yaml.text(keys.get("note").getValueNode(), ctx + ".note") : null;
        LocalDate from = keys.containsKey("effectiveFrom")
                ? yaml.date(keys, "effectiveFrom", ctx + ".effectiveFrom")
                : file.effectiveFrom();
        LocalDate to = keys.containsKey("effectiveTo")
                ? yaml.date(keys, "effectiveTo", ctx + ".effectiveTo")
                : file.effectiveTo();
        if (from == null) {
            problems.add(yaml.at(node) + "missing 'effectiveFrom' (in the file or the standard) in " + ctx);
        } else if (to != null && to.isBefore(from)) {
            Node where =
                    keys.containsKey("effectiveTo") ? keys.get("effectiveTo").getValueNode() : node;
            problems.add(yaml.at(where) + "effectiveTo " + to + " is before effectiveFrom " + from + " in " + ctx
                    + ".effectiveTo");
        }
        if (document == null) {
            problems.add(yaml.at(node) + "missing 'document' (in the file or the standard) in " + ctx);
        }
        if (problems.size() > before) {
            return null;
        }
        return new ServiceStandard(
                code,
                title,
                kind,
                bindsStep,
                new Source(tier, document, file.documentCode(), clause, quote),
                file.contractParty(),
                appliesTo,
                milestones,
                period,
                direction,
                count,
                warnings,
                escalation,
                extension,
                Boolean.TRUE.equals(repeatable),
                remedies,
                remedy,
                note,
                from,
                to,
                keys.containsKey("effectiveFrom") ? null : file.effectiveFromBasis());
    }

    private Applicability applicability(MappingNode node, Map<String, NodeTuple> keys, String ctx) {
        Map<String, Node> merged = new LinkedHashMap<>();
        MappingNode inheritedMapping = defaultMapping("appliesTo");
        if (inheritedMapping != null) {
            yaml.keys(inheritedMapping, APPLIES_KEYS, "defaults.appliesTo")
                    .forEach((k, v) -> merged.put(k, v.getValueNode()));
        }
        NodeTuple own = keys.get("appliesTo");
        if (own == null) {
            problems.add(yaml.at(node) + "missing 'appliesTo' in " + ctx);
            return null;
        }
        MappingNode mapping = yaml.mapping(own.getValueNode(), ctx + ".appliesTo");
        if (mapping == null) {
            return null;
        }
        yaml.keys(mapping, APPLIES_KEYS, ctx + ".appliesTo").forEach((k, v) -> merged.put(k, v.getValueNode()));
        String p = ctx + ".appliesTo.";
        CaseType caseType = null;
        Node caseTypeNode = merged.get("caseType");
        if (caseTypeNode == null) {
            problems.add(yaml.at(mapping) + "missing 'caseType' in " + ctx + ".appliesTo");
        } else {
            String name = yaml.text(caseTypeNode, p + "caseType");
            caseType = name == null ? null : LocatedYaml.parse(CaseType.class, name);
            if (name != null && caseType == null) {
                problems.add(yaml.at(caseTypeNode) + "unknown case type '" + name + "' in " + p + "caseType");
            }
        }
        BigDecimal min = yaml.decimal(merged.get("minAmount"), p + "minAmount");
        BigDecimal max = yaml.decimal(merged.get("maxAmount"), p + "maxAmount");
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.add(yaml.at(merged.get("maxAmount")) + "maxAmount " + max + " is below minAmount " + min + " in "
                    + p + "maxAmount");
        }
        Set<String> regions = yaml.words(merged.get("regions"), p + "regions", null, null);
        Set<String> excluded = yaml.words(merged.get("excludedRegions"), p + "excludedRegions", null, null);
        for (Map.Entry<String, Set<String>> division :
                Map.of("regions", regions, "excludedRegions", excluded).entrySet()) {
            for (String code : division.getValue()) {
                if (!code.matches("\\d{2,12}")) {
                    problems.add(yaml.at(merged.get(division.getKey())) + "division code '" + code
                            + "' must be 2–12 digits in " + p + division.getKey());
                }
            }
        }
        if (caseType == null) {
            return null;
        }
        return new Applicability(
                caseType,
                yaml.enums(merged.get("productLines"), p + "productLines", ProductLine.class, "product line"),
                regions,
                excluded,
                min,
                max,
                Boolean.TRUE.equals(yaml.bool(merged.get("maxAmountInclusive"), p + "maxAmountInclusive")),
                yaml.bool(merged.get("injuries"), p + "injuries"),
                yaml.enums(merged.get("zones"), p + "zones", Zone.class, "zone"),
                yaml.enums(merged.get("channels"), p + "channels", Channel.class, "channel"),
                yaml.bool(merged.get("catastrophe"), p + "catastrophe"),
                yaml.enums(merged.get("facts"), p + "facts", Fact.class, "fact"));
    }

    private Milestones milestones(
            MappingNode node, Map<String, NodeTuple> keys, String ctx, CaseType caseType, ServiceStandard.Kind kind) {
        NodeTuple tuple = keys.get("milestones");
        if (tuple == null) {
            problems.add(yaml.at(node) + "missing 'milestones' in " + ctx);
            return null;
        }
        MappingNode mapping = yaml.mapping(tuple.getValueNode(), ctx + ".milestones");
        if (mapping == null) {
            return null;
        }
        Map<String, NodeTuple> m = yaml.keys(mapping, MILESTONE_KEYS, ctx + ".milestones");
        Function<String, Set<Milestone>> read = key -> milestoneNames(
                m.containsKey(key) ? m.get(key).getValueNode() : null, ctx + ".milestones." + key, caseType);
        Set<Milestone> countFrom = read.apply("countFrom");
        if (countFrom.size() > 1) {
            problems.add(yaml.at(m.get("countFrom").getValueNode()) + "name one milestone to count from in " + ctx
                    + ".milestones.countFrom");
        }
        Milestones milestones = new Milestones(
                read.apply("start"),
                read.apply("stop"),
                read.apply("pause"),
                read.apply("resume"),
                read.apply("restart"),
                read.apply("cancel"),
                countFrom.isEmpty() ? null : countFrom.iterator().next(),
                requiredFacts(m.get("requiredFacts"), ctx + ".milestones.requiredFacts", caseType));
        if (milestones.start().isEmpty()) {
            problems.add(yaml.at(mapping) + "no start milestone in " + ctx + ".milestones.start");
        }
        if (kind == ServiceStandard.Kind.CLOCK && milestones.stop().isEmpty()) {
            problems.add(yaml.at(mapping) + "a CLOCK standard needs stop milestones in " + ctx + ".milestones.stop");
        }
        if (milestones.pause().isEmpty() != milestones.resume().isEmpty()) {
            problems.add(yaml.at(mapping) + "pause and resume milestones come in pairs in " + ctx + ".milestones");
        }
        return milestones;
    }

    private Map<Milestone, Set<Fact>> requiredFacts(NodeTuple tuple, String ctx, CaseType caseType) {
        if (tuple == null) {
            return Map.of();
        }
        MappingNode mapping = yaml.mapping(tuple.getValueNode(), ctx);
        if (mapping == null) {
            return Map.of();
        }
        Map<Milestone, Set<Fact>> required = new LinkedHashMap<>();
        for (NodeTuple entry : mapping.getValue()) {
            Set<Milestone> milestone = milestoneNames(entry.getKeyNode(), ctx, caseType);
            Set<Fact> facts = yaml.enums(entry.getValueNode(), ctx, Fact.class, "fact");
            milestone.forEach(name -> required.put(name, facts));
        }
        return required;
    }

    private Set<Milestone> milestoneNames(Node node, String ctx, CaseType caseType) {
        Set<Milestone> milestones = yaml.enums(node, ctx, Milestone.class, "milestone");
        for (Milestone milestone : milestones) {
            if (caseType != null && milestone.caseType() != caseType) {
                problems.add(yaml.at(node) + "milestone '" + milestone + "' belongs to " + milestone.caseType()
                        + ", not " + caseType + ", in " + ctx);
            }
        }
        return milestones;
    }

    private PeriodSpec period(MappingNode node, Map<String, NodeTuple> keys, String ctx, Milestones milestones) {
        NodeTuple tuple = keys.get("period");
        if (tuple == null) {
            problems.add(yaml.at(node) + "a CLOCK standard needs a 'period' in " + ctx + ".period");
            return null;
        }
        MappingNode mapping = yaml.mapping(tuple.getValueNode(), ctx + ".period");
        if (mapping == null) {
            return null;
        }
        String p = ctx + ".period.";
        Map<String, NodeTuple> m = yaml.keys(mapping, PERIOD_KEYS, ctx + ".period");
        String parameter =
                m.containsKey("parameter") ? yaml.text(m.get("parameter").getValueNode(), p + "parameter") : null;
        if (parameter != null && !parameter.matches(PARAMETER_PATTERN)) {
            problems.add(yaml.at(m.get("parameter").getValueNode()) + "parameter '" + parameter
                    + "' must be lower-case words joined by '.' in " + p + "parameter");
        }
        long amount = 0;
        if (m.containsKey("amount")) {
            Long value = yaml.integer(m.get("amount").getValueNode(), p + "amount");
            if (value != null && value <= 0) {
                problems.add(yaml.at(m.get("amount").getValueNode()) + "amount must be greater than 0, was " + value
                        + " in " + p + "amount");
            } else if (value != null) {
                amount = value;
            }
        } else if (parameter == null && !m.containsKey("policyTerm")) {
            problems.add(yaml.at(mapping) + "missing 'amount' (or a contract 'parameter', or a 'policyTerm') in " + p
                    + "amount");
        }
        Boolean unitOpen =
                yaml.bool(m.containsKey("unitOpen") ? m.get("unitOpen").getValueNode() : null, p + "unitOpen");
        if (Boolean.TRUE.equals(unitOpen) && parameter == null) {
            problems.add(yaml.at(m.get("unitOpen").getValueNode())
                    + "only a blank ('parameter') can leave its unit to the party, in " + p + "unitOpen");
        }
        PeriodUnit unit = yaml.enumValue(mapping, m, "unit", p + "unit", PeriodUnit.class, "unit", true);
        PolicyTerm policyTerm =
                yaml.enumValue(mapping, m, "policyTerm", p + "policyTerm", PolicyTerm.class, "policy term", false);
        if (policyTerm != null && unit != PeriodUnit.CALENDAR_DAYS) {
            problems.add(yaml.at(m.get("policyTerm").getValueNode())
                    + "a policy's agreed term is counted in CALENDAR_DAYS, in " + p + "policyTerm");
        }
        String calendar = yaml.word(m, "calendar", p + "calendar", StandardCalendars.CATALOG_CALENDARS, "calendar");
        if (calendar == null && !m.containsKey("calendar")) {
            problems.add(yaml.at(mapping) + "missing 'calendar' in " + p + "calendar");
        }
        boolean dayBased = unit != null && unit.isDayBased();
        boolean rollsByDefault = unit == PeriodUnit.CALENDAR_DAYS || unit == PeriodUnit.MONTHS;
        Boolean roll =
                yaml.bool(m.containsKey("rollRestDay") ? m.get("rollRestDay").getValueNode() : null, p + "rollRestDay");
        Boolean closeOfBusiness = yaml.bool(
                m.containsKey("closeOfBusiness") ? m.get("closeOfBusiness").getValueNode() : null,
                p + "closeOfBusiness");
        if (unit != null && !dayBased && (Boolean.TRUE.equals(roll) || Boolean.TRUE.equals(closeOfBusiness))) {
            Node where = m.containsKey("rollRestDay")
                    ? m.get("rollRestDay").getValueNode()
                    : m.get("closeOfBusiness").getValueNode();
            problems.add(yaml.at(where) + "rollRestDay and closeOfBusiness apply only to day-based units, not " + unit
                    + ", in " + p + "unit");
        }
        PausedDays pausedDays = pausedDays(mapping, m, p, unit, Boolean.TRUE.equals(unitOpen), milestones);
        return new PeriodSpec(
                amount,
                unit,
                parameter,
                Boolean.TRUE.equals(unitOpen),
                policyTerm,
                calendar,
                roll == null ? rollsByDefault : roll,
                Boolean.TRUE.equals(closeOfBusiness),
                pausedDays == null ? PausedDays.BOTH_END_DAYS : pausedDays);
    }

    /**
     * Which days a pause leaves out: said only by a standard that pauses and counts in days (or lets the party
     * choose the unit); left out, both end days, as 司法解释二第十五条 says.
     */
    private PausedDays pausedDays(
            MappingNode mapping,
            Map<String, NodeTuple> m,
            String p,
            PeriodUnit unit,
            boolean unitOpen,
            Milestones milestones) {
        PausedDays pausedDays =
                yaml.enumValue(mapping, m, "pausedDays", p + "pausedDays", PausedDays.class, "paused-days rule", false);
        if (pausedDays == null) {
            return null;
        }
        Node where = m.get("pausedDays").getValueNode();
        if (milestones != null && milestones.pause().isEmpty()) {
            problems.add(yaml.at(where) + "pausedDays applies only to a standard with pause milestones, in " + p
                    + "pausedDays");
        }
        if (unit != null && !unit.isDayBased() && !unitOpen) {
            problems.add(yaml.at(where) + "pausedDays applies only to day-based units, not " + unit
                    + " (paused time is left out of it as it is), in " + p + "pausedDays");
        }
        return pausedDays;
    }

    private CountLimit count(MappingNode node, Map<String, NodeTuple> keys, String ctx, CaseType caseType) {
        NodeTuple tuple = keys.get("count");
        if (tuple == null) {
            problems.add(yaml.at(node) + "a COUNT standard needs a 'count' in " + ctx + ".count");
            return null;
        }
        MappingNode mapping = yaml.mapping(tuple.getValueNode(), ctx + ".count");
        if (mapping == null) {
            return null;
        }
        Map<String, NodeTuple> m = yaml.keys(mapping, COUNT_KEYS, ctx + ".count");
        Set<Milestone> counted = milestoneNames(
                m.containsKey("milestone") ? m.get("milestone").getValueNode() : null,
                ctx + ".count.milestone",
                caseType);
        if (counted.size() != 1) {
            problems.add(yaml.at(mapping) + "name exactly one counted milestone in " + ctx + ".count.milestone");
        }
        Long maximum =
                m.containsKey("maximum") ? yaml.integer(m.get("maximum").getValueNode(), ctx + ".count.maximum") : null;
        if (maximum == null || maximum <= 0) {
            problems.add(yaml.at(mapping) + "maximum must be greater than 0 in " + ctx + ".count.maximum");
            return null;
        }
        CountLimit.Beyond beyond =
                yaml.enumValue(mapping, m, "beyond", ctx + ".count.beyond", CountLimit.Beyond.class, "beyond", true);
        return new CountLimit(counted.isEmpty() ? null : counted.iterator().next(), maximum.intValue(), beyond);
    }

    private List<WarningThreshold> warnings(Map<String, NodeTuple> keys, String ctx) {
        Node node = inherited(keys, "warnings");
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode list)) {
            problems.add(yaml.at(node) + "'warnings' must be a list in " + ctx + ".warnings");
            return List.of();
        }
        List<WarningThreshold> warnings = new ArrayList<>();
        int previous = 0;
        for (Node item : list.getValue()) {
            MappingNode mapping = yaml.mapping(item, ctx + ".warnings[]");
            if (mapping == null) {
                continue;
            }
            Map<String, NodeTuple> m = yaml.keys(mapping, WARNING_KEYS, ctx + ".warnings[]");
            Long at = m.containsKey("at") ? yaml.integer(m.get("at").getValueNode(), ctx + ".warnings[].at") : null;
            if (at == null || at < 1 || at > 99) {
                problems.add(yaml.at(mapping) + "warning threshold must be 1–99 percent, was " + at + " in " + ctx
                        + ".warnings[].at");
                continue;
            }
            if (at <= previous) {
                problems.add(yaml.at(mapping) + "warning thresholds must rise, " + at + " follows " + previous + " in "
                        + ctx + ".warnings[].at");
            }
            previous = at.intValue();
            Set<Role> notify = yaml.enums(
                    m.containsKey("notify") ? m.get("notify").getValueNode() : null,
                    ctx + ".warnings[].notify",
                    Role.class,
                    "role");
            if (notify.isEmpty()) {
                problems.add(yaml.at(mapping) + "a warning needs roles to notify in " + ctx + ".warnings[].notify");
            }
            warnings.add(new WarningThreshold(at.intValue(), notify));
        }
        return List.copyOf(warnings);
    }

    private ExtensionPolicy extension(Map<String, NodeTuple> keys, String ctx) {
        if (!keys.containsKey("extension")) {
            return ExtensionPolicy.none();
        }
        Node node = keys.get("extension").getValueNode();
        if (!(node instanceof SequenceNode list)) {
            problems.add(yaml.at(node) + "'extension' must be a list of steps in " + ctx + ".extension");
            return ExtensionPolicy.none();
        }
        List<ExtensionPolicy.Step> steps = new ArrayList<>();
        for (Node item : list.getValue()) {
            MappingNode mapping = yaml.mapping(item, ctx + ".extension[]");
            if (mapping == null) {
                continue;
            }
            String p = ctx + ".extension[].";
            Map<String, NodeTuple> m = yaml.keys(mapping, EXTENSION_KEYS, ctx + ".extension[]");
            Long amount = m.containsKey("amount") ? yaml.integer(m.get("amount").getValueNode(), p + "amount") : null;
            if (amount == null || amount < 0) {
                problems.add(yaml.at(mapping)
                        + "an extension step needs an amount of 0 (set by the approver) or more in " + p + "amount");
                continue;
            }
            PeriodUnit unit = yaml.enumValue(mapping, m, "unit", p + "unit", PeriodUnit.class, "unit", amount > 0);
            Role approver = yaml.enumValue(mapping, m, "approver", p + "approver", Role.class, "role", false);
            steps.add(new ExtensionPolicy.Step(
                    amount,
                    unit,
                    approver,
                    m.containsKey("approverLevel")
                            ? yaml.text(m.get("approverLevel").getValueNode(), p + "approverLevel")
                            : null,
                    flag(m, "customerNotice", p),
                    flag(m, "noticeBeforeDeadline", p),
                    m.containsKey("condition") ? yaml.text(m.get("condition").getValueNode(), p + "condition") : null));
        }
        return new ExtensionPolicy(steps);
    }

    private boolean flag(Map<String, NodeTuple> keys, String key, String prefix) {
        return Boolean.TRUE.equals(
                yaml.bool(keys.containsKey(key) ? keys.get(key).getValueNode() : null, prefix + key));
    }

    // --- the file's defaults, inherited by entries that leave a key out ------------------------

    private Node inherited(Map<String, NodeTuple> keys, String key) {
        if (keys.containsKey(key)) {
            return keys.get(key).getValueNode();
        }
        return defaultsKey(key);
    }

    private MappingNode defaultMapping(String key) {
        Node node = defaultsKey(key);
        return node == null ? null : yaml.mapping(node, "defaults." + key);
    }

    private Node defaultsKey(String key) {
        if (file.defaults() == null) {
            return null;
        }
        for (NodeTuple tuple : file.defaults().getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }
}
