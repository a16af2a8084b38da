package io.shixiao.servicelevel.standard;

import io.shixiao.servicelevel.ContractParty;
import io.shixiao.shared.yaml.LocatedYaml;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML catalog and validates every entry, collecting each problem with its file and line
 * so that one start-up names them all. It reads SnakeYAML's node tree rather than binding objects,
 * because only the nodes know their line.
 *
 * <p>A file names its document, tier, effective dates and, for contracts and company targets, who
 * must have it in force and set its blanks ({@code contractParty}); {@code defaults} (applicability,
 * warnings, escalation, remedies) apply to each of its standards unless the standard says otherwise.
 * Each entry is read by {@link StandardReader}; once all are read, {@link BindabilityCheck} refuses a
 * standard that no sequence of milestones could ever bind.
 */
public final class CatalogLoader {

    private static final Set<String> FILE_KEYS = Set.of(
            "document",
            "documentCode",
            "tier",
            "effectiveFrom",
            "effectiveFromBasis",
            "effectiveTo",
            "contractParty",
            "defaults",
            "standards");
    private static final Set<String> DEFAULT_KEYS = Set.of("appliesTo", "warnings", "escalation", "remedies", "remedy");

    /** Loads the files in order; throws {@link CatalogException} naming every problem found. */
    public Catalog load(List<CatalogSource> sources) {
        List<String> problems = new ArrayList<>();
        List<Located> standards = new ArrayList<>();
        Map<String, ParameterUse> parameters = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            problems.add("no catalog files found");
        }
        for (CatalogSource source : sources) {
            readFile(source, problems, standards, parameters);
        }
        checkVersionsDoNotOverlap(standards, problems);
        standards.forEach(located -> BindabilityCheck.of(located.standard())
                .forEach(problem ->
                        problems.add(located.where() + ": " + located.standard().code() + " " + problem)));
        if (!problems.isEmpty()) {
            // A broken file default is seen by every standard of the file; name it once.
            throw new CatalogException(problems.stream().distinct().toList());
        }
        List<ContractParameterDefinition> definitions =
                parameters.values().stream().map(ParameterUse::definition).toList();
        return new Catalog(standards.stream().map(Located::standard).toList(), definitions);
    }

    private static void readFile(
            CatalogSource source,
            List<String> problems,
            List<Located> standards,
            Map<String, ParameterUse> parameters) {
        LocatedYaml yaml = new LocatedYaml(source.name(), problems);
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
        Source.Tier tier = yaml.enumValue(file, keys, "tier", "tier", Source.Tier.class, "tier", true);
        ContractParty.Type party = yaml.enumValue(
                file, keys, "contractParty", "contractParty", ContractParty.Type.class, "contract party", false);
        if ((tier == Source.Tier.CONTRACT || tier == Source.Tier.COMPANY_PLEDGE) && party == null) {
            problems.add(yaml.at(file) + "a " + tier + " document names its 'contractParty' (INSURER or SCHEME)");
        }
        if (party != null && tier != Source.Tier.CONTRACT && tier != Source.Tier.COMPANY_PLEDGE) {
            problems.add(yaml.at(keys.get("contractParty").getValueNode())
                    + "only a CONTRACT or COMPANY_PLEDGE document binds a contract party, not a " + tier);
        }
        String documentCode = keys.containsKey("documentCode")
                ? yaml.text(keys.get("documentCode").getValueNode(), "documentCode")
                : null;
        if (documentCode != null && !documentCode.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
            problems.add(yaml.at(keys.get("documentCode").getValueNode()) + "documentCode '" + documentCode
                    + "' must be upper-case words joined by '-'");
        }
        if (tier == Source.Tier.CONTRACT && documentCode == null) {
            problems.add(yaml.at(file) + "a CONTRACT document needs a 'documentCode' that contracts in force name");
        }
        MappingNode defaults = null;
        if (keys.containsKey("defaults")) {
            defaults = yaml.mapping(keys.get("defaults").getValueNode(), "defaults");
            if (defaults != null) {
                yaml.keys(defaults, DEFAULT_KEYS, "defaults");
            }
        }
        StandardReader.FileContext context = new StandardReader.FileContext(
                source.name(),
                yaml.requiredText(file, keys, "document", "document"),
                documentCode,
                tier,
                party,
                yaml.date(keys, "effectiveFrom", "effectiveFrom"),
                yaml.date(keys, "effectiveTo", "effectiveTo"),
                keys.containsKey("effectiveFromBasis")
                        ? yaml.text(keys.get("effectiveFromBasis").getValueNode(), "effectiveFromBasis")
                        : null,
                defaults);
        NodeTuple list = keys.get("standards");
        if (list == null) {
            problems.add(yaml.at(file) + "missing 'standards'");
            return;
        }
        if (!(list.getValueNode() instanceof SequenceNode entries)) {
            problems.add(yaml.at(list.getValueNode()) + "'standards' must be a list");
            return;
        }
        StandardReader reader = new StandardReader(yaml, problems, context);
        for (Node entry : entries.getValue()) {
            MappingNode mapping = yaml.mapping(entry, "standards[]");
            if (mapping == null) {
                continue;
            }
            ServiceStandard standard = reader.read(mapping);
            if (standard != null) {
                standards.add(new Located(standard, source.name() + ":" + LocatedYaml.line(mapping)));
                if (standard.hasContractParameter()) {
                    recordParameter(standard, yaml.at(mapping), problems, parameters);
                }
            }
        }
    }

    private static void recordParameter(
            ServiceStandard standard, String where, List<String> problems, Map<String, ParameterUse> parameters) {
        PeriodSpec period = standard.period();
        if (standard.contractParty() == null) {
            problems.add(where + "a blank ('parameter') needs a 'contractParty' in its file, in " + standard.code()
                    + ".period.parameter");
            return;
        }
        ParameterUse use = parameters.get(period.parameter());
        if (use == null) {
            parameters.put(period.parameter(), new ParameterUse(standard));
        } else if (!use.sameBlankAs(standard)) {
            problems.add(where + "parameter '" + period.parameter()
                    + "' is used with another unit, owner or example by " + use.codes + ", in " + standard.code()
                    + ".period.parameter");
        } else {
            use.codes.add(standard.code());
        }
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
        private final ServiceStandard first;
        private final List<String> codes = new ArrayList<>();

        ParameterUse(ServiceStandard first) {
            this.first = first;
            codes.add(first.code());
        }

        boolean sameBlankAs(ServiceStandard other) {
            return first.period().unit() == other.period().unit()
                    && first.period().unitOpen() == other.period().unitOpen()
                    && first.contractParty() == other.contractParty()
                    && first.period().amount() == other.period().amount();
        }

        ContractParameterDefinition definition() {
            PeriodSpec period = first.period();
            return new ContractParameterDefinition(
                    period.parameter(),
                    first.contractParty(),
                    period.unit(),
                    period.unitOpen(),
                    period.amount(),
                    first.source().document(),
                    codes);
        }
    }
}
