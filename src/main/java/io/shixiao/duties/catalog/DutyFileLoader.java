package io.shixiao.duties.catalog;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.organization.OrgUnitLevel;
import io.shixiao.servicelevel.DayCount;
import io.shixiao.servicelevel.ServiceCalendars;
import io.shixiao.shared.security.Role;
import io.shixiao.shared.yaml.LocatedYaml;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code duties/recurring-duties.yml} and checks every duty, collecting each problem with its
 * file and line (e.g. {@code duties/recurring-duties.yml:42: unknown recurrence 'WEEKLY' in
 * LT-CASE-FEEDBACK}) so that one start-up names them all.
 */
public final class DutyFileLoader {

    private static final Set<String> FILE_KEYS = Set.of("duties");
    private static final Set<String> DUTY_KEYS = Set.of(
            "code",
            "title",
            "seedItem",
            "document",
            "clause",
            "quote",
            "owner",
            "contract",
            "unitLevel",
            "associations",
            "county",
            "recurrence",
            "due",
            "optional",
            "notify",
            "effectiveFrom",
            "reading");
    private static final Set<String> DUE_KEYS = Set.of("by", "after", "amount", "unit", "calendar");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern COUNTY = Pattern.compile("\\d{6}");
    private static final int LONGEST_AFTER = 366;

    private final Predicate<String> knownCalendar;
    private final Map<DutyOwnerType, Set<String>> contractDocuments;

    /**
     * @param knownCalendar whether the service-level engine has a calendar of that id
     * @param contractDocuments the catalog's CONTRACT documents a party of each owner type signs, by code
     */
    public DutyFileLoader(Predicate<String> knownCalendar, Map<DutyOwnerType, Set<String>> contractDocuments) {
        this.knownCalendar = knownCalendar;
        this.contractDocuments = Map.copyOf(contractDocuments);
    }

    /** The duties of the file {@code name} with content {@code text}; throws {@link DutyFileException}. */
    public List<RecurringDuty> load(String name, String text) {
        List<String> problems = new ArrayList<>();
        List<RecurringDuty> duties = read(name, text, problems);
        if (!problems.isEmpty()) {
            throw new DutyFileException(problems);
        }
        return duties;
    }

    private List<RecurringDuty> read(String name, String text, List<String> problems) {
        LocatedYaml yaml = new LocatedYaml(name, problems);
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(name + ":" + line + ": not valid YAML: " + e.getProblem());
            return List.of();
        }
        if (!(root instanceof MappingNode file)) {
            problems.add(name + ":1: expected a mapping with a list 'duties'");
            return List.of();
        }
        Map<String, NodeTuple> keys = yaml.keys(file, FILE_KEYS, "file");
        NodeTuple list = keys.get("duties");
        if (list == null) {
            problems.add(yaml.at(file) + "missing 'duties'");
            return List.of();
        }
        if (!(list.getValueNode() instanceof SequenceNode entries)) {
            problems.add(yaml.at(list.getValueNode()) + "'duties' must be a list");
            return List.of();
        }
        List<RecurringDuty> duties = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Node entry : entries.getValue()) {
            MappingNode mapping = yaml.mapping(entry, "duties[]");
            if (mapping == null) {
                continue;
            }
            RecurringDuty duty = readDuty(name, yaml, mapping, problems);
            if (duty == null) {
                continue;
            }
            String earlier = seen.putIfAbsent(duty.code(), duty.line());
            if (earlier != null) {
                problems.add(yaml.at(mapping) + "duplicate code '" + duty.code() + "' (also at " + earlier + ")");
            } else {
                duties.add(duty);
            }
        }
        return duties;
    }

    private @Nullable RecurringDuty readDuty(String name, LocatedYaml yaml, MappingNode node, List<String> problems) {
        int before = problems.size();
        Map<String, NodeTuple> keys = yaml.keys(node, DUTY_KEYS, "duty");
        String code = yaml.requiredText(node, keys, "code", "duty");
        String ctx = code == null ? "duty" : code;
        if (code != null && !CODE.matcher(code).matches()) {
            problems.add(yaml.at(LocatedYaml.value(keys, "code")) + "code '" + code
                    + "' must be upper-case words joined by '-'");
        }
        String title = yaml.requiredText(node, keys, "title", ctx);
        String seedItem = yaml.requiredText(node, keys, "seedItem", ctx);
        String document = yaml.requiredText(node, keys, "document", ctx);
        String clause = yaml.requiredText(node, keys, "clause", ctx);
        String quote = yaml.requiredText(node, keys, "quote", ctx);
        DutyOwnerType owner = yaml.enumValue(node, keys, "owner", ctx, DutyOwnerType.class, "owner", true);
        Recurrence recurrence = yaml.enumValue(node, keys, "recurrence", ctx, Recurrence.class, "recurrence", true);
        String contract = optionalText(yaml, keys, "contract", ctx);
        OrgUnitLevel unitLevel = yaml.enumValue(node, keys, "unitLevel", ctx, OrgUnitLevel.class, "unit level", false);
        List<String> associations = keys.containsKey("associations")
                ? List.copyOf(yaml.words(LocatedYaml.value(keys, "associations"), ctx, null, null))
                : List.of();
        String county = optionalText(yaml, keys, "county", ctx);
        if (owner != null) {
            checkOwner(yaml, node, keys, ctx, owner, contract, unitLevel, associations, county, problems);
        }
        DueRule due = null;
        if (!keys.containsKey("due")) {
            problems.add(yaml.at(node) + "missing 'due' in " + ctx);
        } else {
            due = readDue(yaml, LocatedYaml.value(keys, "due"), ctx, problems);
        }
        Boolean optional = keys.containsKey("optional")
                ? yaml.bool(LocatedYaml.value(keys, "optional"), ctx + ".optional")
                : Boolean.FALSE;
        Set<Role> notify = keys.containsKey("notify")
                ? yaml.enums(LocatedYaml.value(keys, "notify"), ctx + ".notify", Role.class, "role")
                : Set.of();
        if (notify.isEmpty() && keys.containsKey("notify")) {
            problems.add(yaml.at(LocatedYaml.value(keys, "notify")) + "'notify' names no role in " + ctx);
        }
        LocalDate effectiveFrom = yaml.date(keys, "effectiveFrom", ctx + ".effectiveFrom");
        if (effectiveFrom == null && !keys.containsKey("effectiveFrom")) {
            problems.add(yaml.at(node) + "missing 'effectiveFrom' in " + ctx);
        }
        String reading = optionalText(yaml, keys, "reading", ctx);
        if (problems.size() > before
                || code == null
                || title == null
                || seedItem == null
                || document == null
                || clause == null
                || quote == null
                || owner == null
                || recurrence == null
                || due == null
                || effectiveFrom == null) {
            return null; // each missing value has added its problem
        }
        return new RecurringDuty(
                code,
                title,
                seedItem,
                document,
                clause,
                quote,
                owner,
                contract,
                unitLevel,
                associations,
                county,
                recurrence,
                due,
                Boolean.TRUE.equals(optional),
                notify,
                effectiveFrom,
                reading,
                name + ":" + LocatedYaml.line(node));
    }

    private void checkOwner(
            LocatedYaml yaml,
            MappingNode node,
            Map<String, NodeTuple> keys,
            String ctx,
            DutyOwnerType owner,
            @Nullable String contract,
            @Nullable OrgUnitLevel unitLevel,
            List<String> associations,
            @Nullable String county,
            List<String> problems) {
        if (contract != null && owner == DutyOwnerType.ASSOCIATION) {
            problems.add(yaml.at(LocatedYaml.value(keys, "contract"))
                    + "an association signs no contract of the catalog, in " + ctx);
        } else if (contract != null
                && !contractDocuments.getOrDefault(owner, Set.of()).contains(contract)) {
            problems.add(yaml.at(LocatedYaml.value(keys, "contract")) + "unknown contract document '" + contract
                    + "' for a " + owner + " owner in " + ctx + " (one of "
                    + contractDocuments.getOrDefault(owner, Set.of()) + ")");
        }
        if (owner == DutyOwnerType.SCHEME && contract == null) {
            problems.add(yaml.at(node) + "a SCHEME duty names the 'contract' its scheme signed, in " + ctx);
        }
        if ((owner == DutyOwnerType.BRANCH) != (unitLevel != null)) {
            problems.add(yaml.at(node) + "'unitLevel' is given for, and only for, a BRANCH owner, in " + ctx);
        }
        if ((owner == DutyOwnerType.ASSOCIATION) != !associations.isEmpty()) {
            problems.add(yaml.at(node) + "'associations' are given for, and only for, an ASSOCIATION owner, in " + ctx);
        }
        if ((owner == DutyOwnerType.SCHEME) != (county != null)) {
            problems.add(yaml.at(node) + "'county' is given for, and only for, a SCHEME owner, in " + ctx);
        } else if (county != null && !COUNTY.matcher(county).matches()) {
            problems.add(yaml.at(LocatedYaml.value(keys, "county")) + "county '" + county
                    + "' is not a six-digit division code in " + ctx);
        }
    }

    private @Nullable DueRule readDue(LocatedYaml yaml, Node node, String ctx, List<String> problems) {
        String dueCtx = ctx + ".due";
        MappingNode mapping = yaml.mapping(node, dueCtx);
        if (mapping == null) {
            return null;
        }
        Map<String, NodeTuple> keys = yaml.keys(mapping, DUE_KEYS, dueCtx);
        boolean by = keys.containsKey("by");
        boolean after = keys.containsKey("after");
        if (by == after) {
            problems.add(yaml.at(mapping) + "give either 'by: PERIOD_END' or 'after: PERIOD_END' with an amount, in "
                    + dueCtx);
            return null;
        }
        String anchor = yaml.text(LocatedYaml.value(keys, by ? "by" : "after"), dueCtx);
        if (!"PERIOD_END".equals(anchor)) {
            problems.add(yaml.at(LocatedYaml.value(keys, by ? "by" : "after")) + "unknown anchor '" + anchor + "' in "
                    + dueCtx + " (PERIOD_END)");
            return null;
        }
        if (by) {
            for (String key : List.of("amount", "unit", "calendar")) {
                if (keys.containsKey(key)) {
                    problems.add(yaml.at(keys.get(key).getKeyNode()) + "'" + key
                            + "' goes with 'after', not with 'by', in " + dueCtx);
                }
            }
            return DueRule.byPeriodEnd();
        }
        Long amount = null;
        if (!keys.containsKey("amount")) {
            problems.add(yaml.at(mapping) + "missing 'amount' in " + dueCtx);
        } else {
            amount = yaml.integer(LocatedYaml.value(keys, "amount"), dueCtx + ".amount");
            if (amount != null && (amount < 1 || amount > LONGEST_AFTER)) {
                problems.add(yaml.at(LocatedYaml.value(keys, "amount")) + "amount must be between 1 and "
                        + LONGEST_AFTER + ", was " + amount + " in " + dueCtx);
                amount = null;
            }
        }
        DayCount unit = yaml.enumValue(mapping, keys, "unit", dueCtx, DayCount.class, "unit", true);
        String calendar = keys.containsKey("calendar")
                ? yaml.text(LocatedYaml.value(keys, "calendar"), dueCtx)
                : ServiceCalendars.STATUTORY;
        if (calendar != null && !knownCalendar.test(calendar)) {
            problems.add(
                    yaml.at(LocatedYaml.value(keys, "calendar")) + "unknown calendar '" + calendar + "' in " + dueCtx);
            return null;
        }
        if (amount == null || unit == null || calendar == null) {
            return null;
        }
        return DueRule.afterPeriodEnd(amount.intValue(), unit, calendar);
    }

    private static @Nullable String optionalText(
            LocatedYaml yaml, Map<String, NodeTuple> keys, String key, String ctx) {
        if (!keys.containsKey(key)) {
            return null;
        }
        String value = yaml.text(LocatedYaml.value(keys, key), ctx + "." + key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
