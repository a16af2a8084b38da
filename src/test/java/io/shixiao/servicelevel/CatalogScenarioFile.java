package io.shixiao.servicelevel;

import io.shixiao.servicelevel.CatalogScenario.Action;
import io.shixiao.servicelevel.CatalogScenario.Blank;
import io.shixiao.servicelevel.CatalogScenario.DateRange;
import io.shixiao.servicelevel.CatalogScenario.Expectation;
import io.shixiao.servicelevel.CatalogScenario.Governing;
import io.shixiao.servicelevel.CatalogScenario.NotStarted;
import io.shixiao.servicelevel.CatalogScenario.StandardExpectation;
import io.shixiao.servicelevel.CatalogScenario.Step;
import io.shixiao.shared.division.DivisionCode;
import io.shixiao.shared.money.Money;
import io.shixiao.shared.time.ShanghaiTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads {@code golden-scenarios.yml} into {@link CatalogScenario}s and refuses a file that misspells a
 * key, a milestone, a fact or a time, so that a typo fails loudly instead of proving nothing. Times are
 * Shanghai local, written {@code 2026-03-02 09:00}; {@code 24:00} is the end of the day (民法典第二百零三条
 * "截止时间为二十四时").
 */
final class CatalogScenarioFile {

    static final String RESOURCE = "golden-scenarios.yml";

    private static final Set<String> SCENARIO_KEYS =
            Set.of("name", "standard", "unit", "case", "cases", "facts", "scheme", "agreement", "blanks", "steps");

    private static final Set<String> STEP_KEYS = Set.of(
            "at",
            "recorded",
            "case",
            "report",
            "lateEntryReason",
            "repeatReason",
            "extend",
            "reason",
            "approver",
            "notified",
            "newDeadline",
            "sweep",
            "blanks",
            "facts",
            "unit",
            "inScheme",
            "refused",
            "duplicate",
            "expect");

    private static final Set<String> FACT_KEYS = Set.of(
            "productLine",
            "site",
            "amount",
            "injuries",
            "zone",
            "channel",
            "catastrophe",
            "established",
            "policyTerms");

    /** What an expectation may say of a clock or a count. */
    static final Set<String> EXPECTED_FIELDS = Set.of(
            "deadline",
            "state",
            "cycle",
            "started",
            "stopped",
            "extensions",
            "warned",
            "lateStop",
            "counted",
            "justified",
            "exceeded");

    private static final Pattern TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}(?::\\d{2})?)");
    private static final Pattern CODE_AND_CYCLE = Pattern.compile("([A-Z0-9-]+?)(?:@(\\d+))?");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private CatalogScenarioFile() {}

    /** The scenarios of the packaged file, in file order. */
    static List<CatalogScenario> load() {
        try (InputStream in = CatalogScenarioFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            Map<String, Object> root = map(yaml().load(in), RESOURCE);
            List<CatalogScenario> scenarios = new ArrayList<>();
            for (Object entry : list(root.get("scenarios"), "scenarios")) {
                scenarios.add(scenario(map(entry, "scenario " + (scenarios.size() + 1))));
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Shanghai instant as the file writes it, for messages: midnight is the 24:00 of the day before. */
    static String show(Instant instant) {
        LocalDateTime local = instant.atZone(ShanghaiTime.ZONE).toLocalDateTime();
        return local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? local.toLocalDate().minusDays(1) + " 24:00:00"
                : local.format(SHOWN);
    }

    /** {@code base} with the changes a scenario or step gives (keys as in {@link #FACT_KEYS}). */
    static CaseFacts apply(CaseFacts base, Map<String, Object> changes) {
        ProductLine line = base.productLine();
        DivisionCode site = base.site();
        Money amount = base.amount();
        Boolean injuries = base.injuries();
        Zone zone = base.zone();
        Channel channel = base.channel();
        boolean catastrophe = base.catastrophe();
        Set<Fact> established = base.facts();
        Map<PolicyTerm, Integer> terms = base.policyTerms();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            Object value = change.getValue();
            String where = "facts." + change.getKey();
            switch (change.getKey()) {
                case "productLine" -> line = value == null ? null : enumValue(ProductLine.class, value, where);
                case "site" -> site = value == null ? null : DivisionCode.of(text(value, where));
                case "amount" -> amount = value == null ? null : Money.yuan(String.valueOf(value));
                case "injuries" -> injuries = value == null ? null : bool(value, where);
                case "zone" -> zone = value == null ? null : enumValue(Zone.class, value, where);
                case "channel" -> channel = value == null ? null : enumValue(Channel.class, value, where);
                case "catastrophe" -> catastrophe = bool(value, where);
                case "established" -> {
                    Set<Fact> facts = EnumSet.noneOf(Fact.class);
                    for (Object fact : list(value, where)) {
                        facts.add(enumValue(Fact.class, fact, where));
                    }
                    established = facts;
                }
                case "policyTerms" -> {
                    Map<PolicyTerm, Integer> agreed = new EnumMap<>(PolicyTerm.class);
                    map(value, where)
                            .forEach((term, days) ->
                                    agreed.put(enumValue(PolicyTerm.class, term, where), integer(days, where)));
                    terms = agreed;
                }
                default -> throw new IllegalArgumentException("unknown fact key " + where + "; known: " + FACT_KEYS);
            }
        }
        return new CaseFacts(line, site, amount, injuries, zone, channel, catastrophe, established, terms);
    }

    private static CatalogScenario scenario(Map<String, Object> m) {
        String name = text(m.get("name"), "name");
        try {
            requireKeys(m, SCENARIO_KEYS, "scenario");
            Map<String, Object> facts = m.containsKey("facts") ? map(m.get("facts"), "facts") : Map.of();
            apply(CaseFacts.none(), facts);
            List<Step> steps = new ArrayList<>();
            for (Object step : list(m.get("steps"), "steps")) {
                steps.add(step(steps.size() + 1, map(step, "step " + (steps.size() + 1))));
            }
            CatalogScenario scenario = new CatalogScenario(
                    name,
                    text(m.get("standard"), "standard"),
                    enumValue(CaseType.class, m.get("case"), "case"),
                    m.containsKey("cases") ? caseTypes(m.get("cases")) : Map.of(),
                    text(m.get("unit"), "unit"),
                    facts,
                    m.containsKey("scheme") ? range(m.get("scheme"), "scheme") : null,
                    m.containsKey("agreement") ? range(m.get("agreement"), "agreement") : null,
                    m.containsKey("blanks") ? blanks(m.get("blanks")) : List.of(),
                    steps);
            requireItsStandardExpected(scenario);
            return scenario;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(RESOURCE + ", scenario '" + name + "': " + e.getMessage(), e);
        }
    }

    private static Step step(int number, Map<String, Object> m) {
        requireKeys(m, STEP_KEYS, "step " + number);
        List<String> actions = new ArrayList<>();
        for (String key : List.of("report", "extend", "sweep", "blanks")) {
            if (m.containsKey(key)) {
                actions.add(key);
            }
        }
        if (actions.size() > 1) {
            throw new IllegalArgumentException("step " + number + " does more than one thing: " + actions);
        }
        Action action = actions.isEmpty()
                ? Action.CHECK
                : switch (actions.get(0)) {
                    case "report" -> Action.REPORT;
                    case "extend" -> Action.EXTEND;
                    case "sweep" -> Action.SWEEP;
                    default -> Action.SET_BLANKS;
                };
        Instant at = action == Action.SWEEP ? time(m.get("sweep"), "sweep") : optionalTime(m, "at");
        if ((action == Action.REPORT || action == Action.EXTEND) && at == null) {
            throw new IllegalArgumentException("step " + number + " needs 'at'");
        }
        Milestone milestone = action == Action.REPORT ? enumValue(Milestone.class, m.get("report"), "report") : null;
        Instant recorded = optionalTime(m, "recorded");
        if (milestone != null && milestone.announced() && recorded == null) {
            throw new IllegalArgumentException(
                    "step " + number + ": " + milestone + " is announced ahead; say when it is 'recorded'");
        }
        String approver = optionalText(m, "approver");
        String[] roleAndUnit = approver == null ? new String[] {null, null} : approver.split("@", 2);
        Map<String, Object> factChanges = m.containsKey("facts") ? map(m.get("facts"), "facts") : Map.of();
        apply(CaseFacts.none(), factChanges);
        return new Step(
                number,
                action,
                m.containsKey("case") ? text(m.get("case"), "case") : "A",
                at,
                recorded,
                milestone,
                optionalText(m, "lateEntryReason"),
                optionalText(m, "repeatReason"),
                action == Action.EXTEND ? text(m.get("extend"), "extend") : null,
                optionalText(m, "reason"),
                roleAndUnit[0],
                roleAndUnit.length > 1 ? roleAndUnit[1] : null,
                optionalTime(m, "notified"),
                optionalTime(m, "newDeadline"),
                factChanges,
                optionalText(m, "unit"),
                m.containsKey("inScheme") ? bool(m.get("inScheme"), "inScheme") : null,
                action == Action.SET_BLANKS ? blanks(m.get("blanks")) : List.of(),
                optionalText(m, "refused"),
                m.containsKey("duplicate") && bool(m.get("duplicate"), "duplicate"),
                m.containsKey("expect") ? expectations(map(m.get("expect"), "expect")) : List.of());
    }

    private static List<Expectation> expectations(Map<String, Object> m) {
        List<Expectation> expected = new ArrayList<>();
        for (Map.Entry<String, Object> entry : m.entrySet()) {
            String key = entry.getKey();
            if (key.equals("notStarted")) {
                List<String> codes = new ArrayList<>();
                for (Object code : list(entry.getValue(), "expect.notStarted")) {
                    codes.add(text(code, "expect.notStarted"));
                }
                expected.add(new NotStarted(codes));
            } else if (key.equals("governing")) {
                map(entry.getValue(), "expect.governing")
                        .forEach((step, code) -> expected.add(new Governing(step, text(code, "expect.governing"))));
            } else {
                Matcher codeAndCycle = CODE_AND_CYCLE.matcher(key);
                if (!codeAndCycle.matches()) {
                    throw new IllegalArgumentException("expect." + key + " is no standard code");
                }
                Map<String, Object> fields = new LinkedHashMap<>(map(entry.getValue(), "expect." + key));
                requireKeys(fields, EXPECTED_FIELDS, "expect." + key);
                fields.replaceAll((field, value) -> expectedValue(field, value, "expect." + key + "." + field));
                expected.add(new StandardExpectation(
                        codeAndCycle.group(1),
                        codeAndCycle.group(2) == null ? null : Integer.valueOf(codeAndCycle.group(2)),
                        fields));
            }
        }
        return expected;
    }

    // Times become instants and states enums here, so that a misspelt value fails when the file is read.
    private static Object expectedValue(String field, Object value, String where) {
        return switch (field) {
            case "deadline", "started", "stopped" -> time(value, where);
            case "state" -> enumValue(ClockState.class, value, where);
            case "lateStop", "exceeded" -> bool(value, where);
            default -> integer(value, where);
        };
    }

    /** {@code cases: {B: COMPLAINT}}: the labelled cases of another type than the scenario's. */
    private static Map<String, CaseType> caseTypes(Object value) {
        Map<String, CaseType> types = new LinkedHashMap<>();
        map(value, "cases")
                .forEach((label, type) -> types.put(label, enumValue(CaseType.class, type, "cases." + label)));
        return types;
    }

    private static void requireItsStandardExpected(CatalogScenario scenario) {
        boolean expected = scenario.steps().stream()
                .flatMap(step -> step.expectations().stream())
                .anyMatch(e -> e instanceof StandardExpectation s && s.code().equals(scenario.standard()));
        if (!expected) {
            throw new IllegalArgumentException(
                    "no step expects anything of " + scenario.standard() + ", the standard the scenario proves");
        }
    }

    private static List<Blank> blanks(Object value) {
        List<Blank> blanks = new ArrayList<>();
        map(value, "blanks").forEach((parameter, figure) -> {
            String[] parts = String.valueOf(figure).trim().split("\\s+");
            if (parts.length > 2) {
                throw new IllegalArgumentException("blanks." + parameter + " is a number and an optional unit");
            }
            blanks.add(new Blank(
                    parameter, integer(parts[0], "blanks." + parameter), parts.length == 2 ? parts[1] : null));
        });
        return blanks;
    }

    private static DateRange range(Object value, String where) {
        String[] days = text(value, where).split("\\.\\.");
        if (days.length != 2) {
            throw new IllegalArgumentException(where + " is written 2026-01-01..2026-12-31");
        }
        try {
            return new DateRange(LocalDate.parse(days[0].trim()), LocalDate.parse(days[1].trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static @Nullable Instant optionalTime(Map<String, Object> m, String key) {
        return m.containsKey(key) ? time(m.get(key), key) : null;
    }

    private static Instant time(Object value, String where) {
        Matcher matcher = TIME.matcher(text(value, where).trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(where + " '" + value + "' is not written 2026-03-02 09:00");
        }
        LocalDate day = LocalDate.parse(matcher.group(1));
        String clock = matcher.group(2);
        LocalDateTime local =
                clock.equals("24:00") ? day.plusDays(1).atStartOfDay() : LocalDateTime.of(day, LocalTime.parse(clock));
        return local.atZone(ShanghaiTime.ZONE).toInstant();
    }

    private static void requireKeys(Map<String, Object> m, Set<String> known, String where) {
        for (String key : m.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in " + where + "; known: " + known);
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Object value, String where) {
        String name = text(value, where);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": no " + type.getSimpleName() + " " + name, e);
        }
    }

    private static @Nullable String optionalText(Map<String, Object> m, String key) {
        return m.containsKey(key) ? text(m.get(key), key) : null;
    }

    private static String text(Object value, String where) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + where);
        }
        if (value instanceof Map || value instanceof List) {
            throw new IllegalArgumentException(where + " must be a single value");
        }
        return String.valueOf(value);
    }

    private static boolean bool(Object value, String where) {
        if (!(value instanceof Boolean b)) {
            throw new IllegalArgumentException(where + " must be true or false, not " + value);
        }
        return b;
    }

    private static int integer(Object value, String where) {
        try {
            return Integer.parseInt(text(value, where));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " must be a whole number, not " + value, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(where + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String where) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(where + " must be a list");
        }
        return list;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        return new Yaml(
                new SafeConstructor(options),
                new Representer(new DumperOptions()),
                new DumperOptions(),
                options,
                new WithoutTimestamps());
    }

    // YAML 1.1 would turn 2026-03-02 into a UTC date and 10:30 into a number of minutes; the file's times
    // are Shanghai local and are read by this class, so only booleans, numbers and nulls are resolved.
    private static final class WithoutTimestamps extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?(0|[1-9][0-9]*)$"), "-+0123456789");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
