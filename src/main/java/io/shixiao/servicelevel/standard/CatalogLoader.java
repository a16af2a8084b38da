package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.CaseType;
import io.shixiao.servicelevel.Milestone;
import io.shixiao.servicelevel.calendar.PeriodUnit;
import io.shixiao.shared.security.Role;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML catalog and validates every entry, collecting each problem with its file and line
 * so that one start-up names them all. It reads SnakeYAML's node tree rather than binding objects,
 * because only the nodes know their line.
 *
 * <p>A file names its document, tier, effective dates and, for contracts, who sets its blanks
 * ({@code contractParty}); {@code defaults} (applicability, warnings, escalation, remedies) apply to
 * each of its standards unless the standard says otherwise.
 */
public final class CatalogLoader {

    private static final Set<String> FILE_KEYS =
            Set.of("document", "tier", "effectiveFrom", "effectiveTo", "contractParty", "defaults", "standards");
    private static final Set<String> DEFAULT_KEYS = Set.of("appliesTo", "warnings", "escalation", "remedies", "remedy");
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
            "zoneKinds",
            "channels",
            "catastrophe",
            "facts");
    private static final Set<String> MILESTONE_KEYS = Set.of("start", "stop", "pause", "resume", "restart", "cancel");
    private static final Set<String> PERIOD_KEYS =
            Set.of("amount", "parameter", "unit", "calendar", "rollRestDay", "closeOfBusiness");
    private static final Set<String> COUNT_KEYS = Set.of("milestone", "maximum");
    private static final Set<String> WARNING_KEYS = Set.of("at", "notify");
    private static final Set<String> EXTENSION_KEYS = Set.of(
            "amount", "unit", "approver", "approverLevel", "customerNotice", "noticeBeforeDeadline", "condition");
    private static final String CODE_PATTERN = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*";
    private static final String PARAMETER_PATTERN = "[a-z][a-z0-9]*(\\.[a-z0-9-]+)+";

    /** Loads the files in order; throws {@link CatalogException} naming every problem found. */
    public Catalog load(List<CatalogSource> sources) {
        List<String> problems = new ArrayList<>();
        List<Located> standards = new ArrayList<>();
        Map<String, ParameterUse> parameters = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            problems.add("no catalog files found");
        }
        for (CatalogSource source : sources) {
            new FileReader(source, problems, standards, parameters).read();
        }
        checkVersionsDoNotOverlap(standards, problems);
        if (!problems.isEmpty()) {
            // A broken file default is seen by every standard of the file; name it once.
            throw new CatalogException(problems.stream().distinct().toList());
        }
        List<ContractParameterDefinition> definitions = parameters.values().stream()
                .map(use -> new ContractParameterDefinition(
                        use.name, use.ownerType, use.unit, use.defaultAmount, use.document, List.copyOf(use.codes)))
                .toList();
        return new Catalog(standards.stream().map(Located::standard).toList(), definitions);
    }

    // Versions of one code must not bind on the same day, or a case could not tell which one governs.
    private static void checkVersionsDoNotOverlap(List<Located> standards, List<String> problems) {
        for (int i = 0; i < standards.size(); i++) {
            for (int j = 0; j < i; j++) {
                ServiceStandard later = standards.get(i).standard();
                ServiceStandard earlier = standards.get(j).standard();
                if (later.code().equals(earlier.code()) && overlap(earlier, later)) {
                    problems.add(standards.get(i).where() + ": duplicate code '" + later.code() + "' (also at "
                            + standards.get(j).where() + ") with overlapping effective dates");
                }
            }
        }
    }

    private static boolean overlap(ServiceStandard a, ServiceStandard b) {
        LocalDate aTo = a.effectiveTo() == null ? LocalDate.MAX : a.effectiveTo();
        LocalDate bTo = b.effectiveTo() == null ? LocalDate.MAX : b.effectiveTo();
        return !a.effectiveFrom().isAfter(bTo) && !b.effectiveFrom().isAfter(aTo);
    }

    private record Located(ServiceStandard standard, String where) {}

    private static final class ParameterUse {
        final String name;
        final String ownerType;
        final PeriodUnit unit;
        final long defaultAmount;
        final String document;
        final List<String> codes = new ArrayList<>();

        ParameterUse(String name, String ownerType, PeriodUnit unit, long defaultAmount, String document) {
            this.name = name;
            this.ownerType = ownerType;
            this.unit = unit;
            this.defaultAmount = defaultAmount;
            this.document = document;
        }
    }

    /** Reads one file; problems are added, never thrown, so that a start-up reports all of them. */
    private static final class FileReader {
        private final CatalogSource source;
        private final LocatedYaml yaml;
        private final List<String> problems;
        private final List<Located> standards;
        private final Map<String, ParameterUse> parameters;
        private String document;
        private Source.Tier tier;
        private LocalDate effectiveFrom;
        private LocalDate effectiveTo;
        private String contractParty;
        private MappingNode defaults;

        FileReader(
                CatalogSource source,
                List<String> problems,
                List<Located> standards,
                Map<String, ParameterUse> parameters) {
            this.source = source;
            this.yaml = new LocatedYaml(source.name(), problems);
            this.problems = problems;
            this.standards = standards;
            this.parameters = parameters;
        }

        void read() {
            Node root;
            try {
                root = new Yaml(new LoaderOptions()).compose(new StringReader(source.text()));
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
                problems.add(source.name() + ":" + line + ": not valid YAML: " + e.getProblem());
                return;
            }
            if (!(root instanceof MappingNode file)) {
                problems.add(source.name() + ":1: expected a mapping with 'document', 'tier' and 'standards'");
                return;
            }
            Map<String, NodeTuple> keys = yaml.keys(file, FILE_KEYS, "file");
            document = yaml.requiredText(file, keys, "document", "document");
            tier = yaml.enumValue(file, keys, "tier", "tier", Source.Tier.class, "tier", true);
            effectiveFrom = yaml.date(keys, "effectiveFrom", "effectiveFrom");
            effectiveTo = yaml.date(keys, "effectiveTo", "effectiveTo");
            contractParty = yaml.word(
                    keys, "contractParty", "contractParty", CatalogVocabulary.CONTRACT_PARTIES, "contract party");
            if (keys.containsKey("defaults")) {
                defaults = yaml.mapping(keys.get("defaults").getValueNode(), "defaults");
                if (defaults != null) {
                    yaml.keys(defaults, DEFAULT_KEYS, "defaults");
                }
            }
            NodeTuple list = keys.get("standards");
            if (list == null) {
                problems.add(yaml.at(file) + "missing 'standards'");
                return;
            }
            if (!(list.getValueNode() instanceof SequenceNode entries)) {
                problems.add(yaml.at(list.getValueNode()) + "'standards' must be a list");
                return;
            }
            for (Node entry : entries.getValue()) {
                MappingNode mapping = yaml.mapping(entry, "standards[]");
                if (mapping != null) {
                    readStandard(mapping);
                }
            }
        }

        private void readStandard(MappingNode node) {
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
            String doc = keys.containsKey("document")
                    ? yaml.requiredText(node, keys, "document", ctx + ".document")
                    : document;
            Source.Tier sourceTier = keys.containsKey("tier")
                    ? yaml.enumValue(node, keys, "tier", ctx + ".tier", Source.Tier.class, "tier", true)
                    : tier;
            String clause = yaml.requiredText(node, keys, "clause", ctx + ".clause");
            String quote = yaml.requiredText(node, keys, "quote", ctx + ".quote");

            Applicability appliesTo = applicability(node, keys, ctx);
            CaseType caseType = appliesTo == null ? null : parseCaseType(appliesTo.caseType());
            Milestones milestones = milestones(node, keys, ctx, caseType, kind);

            PeriodSpec period = null;
            CountLimit count = null;
            if (kind == ServiceStandard.Kind.CLOCK) {
                period = period(node, keys, ctx);
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
                            node,
                            keys,
                            "direction",
                            ctx + ".direction",
                            ServiceStandard.Direction.class,
                            "direction",
                            true)
                    : ServiceStandard.Direction.AFTER_START;
            if (direction == ServiceStandard.Direction.BEFORE_START && period != null && period.rollRestDay()) {
                problems.add(yaml.at(keys.get("direction").getValueNode())
                        + "a period counted back (BEFORE_START) cannot roll a rest day forward in " + ctx
                        + ".period.rollRestDay");
            }
            List<WarningThreshold> warnings = kind == ServiceStandard.Kind.COUNT ? List.of() : warnings(keys, ctx);
            Set<String> escalation = roles(inherited(keys, "escalation"), ctx + ".escalation");
            ExtensionPolicy extension = extension(keys, ctx);
            Set<Remedy> remedies = remedies(inherited(keys, "remedies"), ctx + ".remedies");
            Node remedyNode = inherited(keys, "remedy");
            String remedy = remedyNode == null ? null : yaml.text(remedyNode, ctx + ".remedy");
            if (remedies.isEmpty() || remedy == null || remedy.isBlank()) {
                problems.add(yaml.at(node) + "missing 'remedies' and 'remedy' (what is owed on breach) in " + ctx);
            }
            String note = keys.containsKey("note") ? yaml.text(keys.get("note").getValueNode(), ctx + ".note") : null;
            LocalDate from = keys.containsKey("effectiveFrom")
                    ? yaml.date(keys, "effectiveFrom", ctx + ".effectiveFrom")
                    : effectiveFrom;
            LocalDate to = keys.containsKey("effectiveTo")
                    ? yaml.date(keys, "effectiveTo", ctx + ".effectiveTo")
                    : effectiveTo;
            if (from == null) {
                problems.add(yaml.at(node) + "missing 'effectiveFrom' (in the file or the standard) in " + ctx);
            } else if (to != null && to.isBefore(from)) {
                Node where = keys.containsKey("effectiveTo")
                        ? keys.get("effectiveTo").getValueNode()
                        : node;
                problems.add(yaml.at(where) + "effectiveTo " + to + " is before effectiveFrom " + from + " in " + ctx
                        + ".effectiveTo");
            }
            if (doc == null) {
                problems.add(yaml.at(node) + "missing 'document' (in the file or the standard) in " + ctx);
            }
            if (problems.size() > before) {
                return;
            }
            ServiceStandard standard = new ServiceStandard(
                    code,
                    title,
                    kind,
                    bindsStep,
                    new Source(sourceTier, doc, clause, quote),
                    appliesTo,
                    milestones,
                    period,
                    direction,
                    count,
                    warnings,
                    escalation,
                    extension,
                    remedies,
                    remedy,
                    note,
                    from,
                    to);
            standards.add(new Located(standard, source.name() + ":" + LocatedYaml.line(node)));
            if (period != null && period.parameter() != null) {
                recordParameter(standard, keys.get("period").getValueNode());
            }
        }

        private void recordParameter(ServiceStandard standard, Node periodNode) {
            PeriodSpec period = standard.period();
            String ctx = standard.code() + ".period.parameter";
            if (contractParty == null) {
                problems.add(yaml.at(periodNode)
                        + "a contract parameter needs 'contractParty' (INSURER or SCHEME) in the file, in " + ctx);
                return;
            }
            ParameterUse use = parameters.get(period.parameter());
            if (use == null) {
                use = new ParameterUse(
                        period.parameter(),
                        contractParty,
                        period.unit(),
                        period.amount(),
                        standard.source().document());
                parameters.put(use.name, use);
            } else if (use.unit != period.unit()
                    || !use.ownerType.equals(contractParty)
                    || use.defaultAmount != period.amount()) {
                problems.add(yaml.at(periodNode) + "parameter '" + period.parameter()
                        + "' is used with another unit, owner or default by " + use.codes + ", in " + ctx);
                return;
            }
            use.codes.add(standard.code());
        }

        private Applicability applicability(MappingNode node, Map<String, NodeTuple> keys, String ctx) {
            Map<String, Node> merged = new LinkedHashMap<>();
            MappingNode inheritedMapping = defaults == null ? null : mappingOrNull(defaultsKey("appliesTo"));
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
            Node caseTypeNode = merged.get("caseType");
            String caseType = null;
            if (caseTypeNode == null) {
                problems.add(yaml.at(mapping) + "missing 'caseType' in " + ctx + ".appliesTo");
            } else {
                caseType = yaml.text(caseTypeNode, p + "caseType");
                if (caseType != null && parseCaseType(caseType) == null) {
                    problems.add(yaml.at(caseTypeNode) + "unknown case type '" + caseType + "' in " + p + "caseType");
                    caseType = null;
                }
            }
            BigDecimal min = yaml.decimal(merged.get("minAmount"), p + "minAmount");
            BigDecimal max = yaml.decimal(merged.get("maxAmount"), p + "maxAmount");
            if (min != null && max != null && min.compareTo(max) > 0) {
                problems.add(yaml.at(merged.get("maxAmount")) + "maxAmount " + max + " is below minAmount " + min
                        + " in " + p + "maxAmount");
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
            return new Applicability(
                    caseType,
                    yaml.words(
                            merged.get("productLines"),
                            p + "productLines",
                            CatalogVocabulary.PRODUCT_LINES,
                            "product line"),
                    regions,
                    excluded,
                    min,
                    max,
                    Boolean.TRUE.equals(yaml.bool(merged.get("maxAmountInclusive"), p + "maxAmountInclusive")),
                    yaml.bool(merged.get("injuries"), p + "injuries"),
                    yaml.words(merged.get("zoneKinds"), p + "zoneKinds", CatalogVocabulary.ZONE_KINDS, "zone kind"),
                    yaml.words(merged.get("channels"), p + "channels", CatalogVocabulary.CHANNELS, "channel"),
                    yaml.bool(merged.get("catastrophe"), p + "catastrophe"),
                    yaml.words(merged.get("facts"), p + "facts", CatalogVocabulary.FACTS, "fact"));
        }

        private Milestones milestones(
                MappingNode node,
                Map<String, NodeTuple> keys,
                String ctx,
                CaseType caseType,
                ServiceStandard.Kind kind) {
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
            Function<String, Set<String>> read = key -> milestoneNames(
                    m.containsKey(key) ? m.get(key).getValueNode() : null, ctx + ".milestones." + key, caseType);
            Milestones milestones = new Milestones(
                    read.apply("start"),
                    read.apply("stop"),
                    read.apply("pause"),
                    read.apply("resume"),
                    read.apply("restart"),
                    read.apply("cancel"));
            if (milestones.start().isEmpty()) {
                problems.add(yaml.at(mapping) + "no start milestone in " + ctx + ".milestones.start");
            }
            if (kind == ServiceStandard.Kind.CLOCK && milestones.stop().isEmpty()) {
                problems.add(
                        yaml.at(mapping) + "a CLOCK standard needs stop milestones in " + ctx + ".milestones.stop");
            }
            if (milestones.pause().isEmpty() != milestones.resume().isEmpty()) {
                problems.add(yaml.at(mapping) + "pause and resume milestones come in pairs in " + ctx + ".milestones");
            }
            return milestones;
        }

        private Set<String> milestoneNames(Node node, String ctx, CaseType caseType) {
            Set<String> names = yaml.words(node, ctx, null, null);
            for (String name : names) {
                Milestone milestone = LocatedYaml.parse(Milestone.class, name);
                if (milestone == null) {
                    problems.add(yaml.at(node) + "unknown milestone '" + name + "' in " + ctx);
                } else if (caseType != null && milestone.caseType() != caseType) {
                    problems.add(yaml.at(node) + "milestone '" + name + "' belongs to " + milestone.caseType()
                            + ", not " + caseType + ", in " + ctx);
                }
            }
            return names;
        }

        private PeriodSpec period(MappingNode node, Map<String, NodeTuple> keys, String ctx) {
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
            } else if (parameter == null) {
                problems.add(yaml.at(mapping) + "missing 'amount' (or a contract 'parameter') in " + p + "amount");
            }
            PeriodUnit unit = yaml.enumValue(mapping, m, "unit", p + "unit", PeriodUnit.class, "unit", true);
            String calendar = yaml.word(m, "calendar", p + "calendar", CatalogVocabulary.CALENDARS, "calendar");
            if (calendar == null && !m.containsKey("calendar")) {
                problems.add(yaml.at(mapping) + "missing 'calendar' in " + p + "calendar");
            }
            boolean dayBased = unit != null && unit.isDayBased();
            boolean rollsByDefault = unit == PeriodUnit.CALENDAR_DAYS || unit == PeriodUnit.MONTHS;
            Boolean roll = yaml.bool(
                    m.containsKey("rollRestDay") ? m.get("rollRestDay").getValueNode() : null, p + "rollRestDay");
            Boolean closeOfBusiness = yaml.bool(
                    m.containsKey("closeOfBusiness") ? m.get("closeOfBusiness").getValueNode() : null,
                    p + "closeOfBusiness");
            if (unit != null && !dayBased && (Boolean.TRUE.equals(roll) || Boolean.TRUE.equals(closeOfBusiness))) {
                Node where = m.containsKey("rollRestDay")
                        ? m.get("rollRestDay").getValueNode()
                        : m.get("closeOfBusiness").getValueNode();
                problems.add(yaml.at(where) + "rollRestDay and closeOfBusiness apply only to day-based units, not "
                        + unit + ", in " + p + "unit");
            }
            return new PeriodSpec(
                    amount,
                    unit,
                    parameter,
                    calendar,
                    roll == null ? rollsByDefault : roll,
                    Boolean.TRUE.equals(closeOfBusiness));
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
            Set<String> counted = milestoneNames(
                    m.containsKey("milestone") ? m.get("milestone").getValueNode() : null,
                    ctx + ".count.milestone",
                    caseType);
            if (counted.size() != 1) {
                problems.add(yaml.at(mapping) + "name exactly one counted milestone in " + ctx + ".count.milestone");
            }
            Long maximum = m.containsKey("maximum")
                    ? yaml.integer(m.get("maximum").getValueNode(), ctx + ".count.maximum")
                    : null;
            if (maximum == null || maximum <= 0) {
                problems.add(yaml.at(mapping) + "maximum must be greater than 0 in " + ctx + ".count.maximum");
                return null;
            }
            return new CountLimit(counted.isEmpty() ? null : counted.iterator().next(), maximum.intValue());
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
                    problems.add(yaml.at(mapping) + "warning thresholds must rise, " + at + " follows " + previous
                            + " in " + ctx + ".warnings[].at");
                }
                previous = at.intValue();
                Set<String> notify = roles(
                        m.containsKey("notify") ? m.get("notify").getValueNode() : null, ctx + ".warnings[].notify");
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
                Long amount =
                        m.containsKey("amount") ? yaml.integer(m.get("amount").getValueNode(), p + "amount") : null;
                if (amount == null || amount < 0) {
                    problems.add(yaml.at(mapping)
                            + "an extension step needs an amount of 0 (set by the approver) or more in " + p
                            + "amount");
                    continue;
                }
                PeriodUnit unit = yaml.enumValue(mapping, m, "unit", p + "unit", PeriodUnit.class, "unit", amount > 0);
                String approver = null;
                if (m.containsKey("approver")) {
                    Set<String> role = roles(m.get("approver").getValueNode(), p + "approver");
                    approver = role.isEmpty() ? null : role.iterator().next();
                }
                steps.add(new ExtensionPolicy.Step(
                        amount,
                        unit,
                        approver,
                        m.containsKey("approverLevel")
                                ? yaml.text(m.get("approverLevel").getValueNode(), p + "approverLevel")
                                : null,
                        Boolean.TRUE.equals(yaml.bool(
                                m.containsKey("customerNotice")
                                        ? m.get("customerNotice").getValueNode()
                                        : null,
                                p + "customerNotice")),
                        Boolean.TRUE.equals(yaml.bool(
                                m.containsKey("noticeBeforeDeadline")
                                        ? m.get("noticeBeforeDeadline").getValueNode()
                                        : null,
                                p + "noticeBeforeDeadline")),
                        m.containsKey("condition")
                                ? yaml.text(m.get("condition").getValueNode(), p + "condition")
                                : null));
            }
            return new ExtensionPolicy(steps);
        }

        private Set<Remedy> remedies(Node node, String ctx) {
            Set<Remedy> remedies = new LinkedHashSet<>();
            for (String name : yaml.words(node, ctx, null, null)) {
                Remedy remedy = LocatedYaml.parse(Remedy.class, name);
                if (remedy == null) {
                    problems.add(yaml.at(node) + "unknown remedy '" + name + "' in " + ctx);
                } else {
                    remedies.add(remedy);
                }
            }
            return Collections.unmodifiableSet(remedies);
        }

        private Set<String> roles(Node node, String ctx) {
            Set<String> roles = yaml.words(node, ctx, null, null);
            for (String role : roles) {
                if (LocatedYaml.parse(Role.class, role) == null) {
                    problems.add(yaml.at(node) + "unknown role '" + role + "' in " + ctx);
                }
            }
            return roles;
        }

        // --- the file's defaults, inherited by entries that leave a key out ------------------------

        private Node inherited(Map<String, NodeTuple> keys, String key) {
            if (keys.containsKey(key)) {
                return keys.get(key).getValueNode();
            }
            return defaultsKey(key);
        }

        private Node defaultsKey(String key) {
            if (defaults == null) {
                return null;
            }
            for (NodeTuple tuple : defaults.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
            return null;
        }

        private MappingNode mappingOrNull(Node node) {
            return node == null ? null : yaml.mapping(node, "defaults.appliesTo");
        }
    }

    private static CaseType parseCaseType(String name) {
        return name == null ? null : LocatedYaml.parse(CaseType.class, name);
    }
}
