package io.shixiao.shared.yaml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reading of YAML nodes for the data files modules ship (the standards catalog, the recurring
 * duties): each reader returns the value, or records a problem naming the file and line (e.g.
 * {@code standards/law.yml:42: unknown unit 'WEEKS' in LAW-24.period}) and returns null, so that one
 * pass reports every bad entry. Read SnakeYAML's node tree (not bound objects), because only nodes
 * know their line.
 */
public final class LocatedYaml {

    private final String sourceName;
    private final List<String> problems;

    public LocatedYaml(String sourceName, List<String> problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    public Map<String, NodeTuple> keys(MappingNode node, Set<String> allowed, String ctx) {
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(at(tuple.getKeyNode()) + "keys must be plain words in " + ctx);
                continue;
            }
            if (!allowed.contains(key.getValue())) {
                problems.add(at(key) + "unknown key '" + key.getValue() + "' in " + ctx);
            } else if (keys.put(key.getValue(), tuple) != null) {
                problems.add(at(key) + "key '" + key.getValue() + "' given twice in " + ctx);
            }
        }
        return keys;
    }

    public @Nullable MappingNode mapping(Node node, String ctx) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        problems.add(at(node) + "expected a mapping in " + ctx);
        return null;
    }

    public @Nullable String requiredText(MappingNode owner, Map<String, NodeTuple> keys, String key, String ctx) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            problems.add(at(owner) + "missing '" + key + "' in " + ctx);
            return null;
        }
        String value = text(tuple.getValueNode(), ctx);
        if (value != null && value.isBlank()) {
            problems.add(at(tuple.getValueNode()) + "'" + key + "' is empty in " + ctx);
            return null;
        }
        return value == null ? null : value.strip();
    }

    public @Nullable String text(Node node, String ctx) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        problems.add(at(node) + "expected a single value in " + ctx);
        return null;
    }

    public Set<String> words(@Nullable Node node, String ctx, @Nullable Set<String> known, @Nullable String what) {
        if (node == null) {
            return Set.of();
        }
        List<Node> items;
        if (node instanceof SequenceNode list) {
            items = list.getValue();
        } else if (node instanceof ScalarNode) {
            items = List.of(node);
        } else {
            problems.add(at(node) + "expected a list of words in " + ctx);
            return Set.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (Node item : items) {
            String word = text(item, ctx);
            if (word == null || word.isBlank()) {
                continue;
            }
            if (known != null && !known.contains(word)) {
                problems.add(at(item) + "unknown " + what + " '" + word + "' in " + ctx);
            }
            words.add(word);
        }
        return Collections.unmodifiableSet(words);
    }

    /** A list (or a single word) of enum constants; each unknown word is a problem naming the allowed ones. */
    public <E extends Enum<E>> Set<E> enums(Node node, String ctx, Class<E> type, String what) {
        Set<E> values = new LinkedHashSet<>();
        for (String word : words(node, ctx, null, null)) {
            E parsed = parse(type, word);
            if (parsed == null) {
                problems.add(at(node) + "unknown " + what + " '" + word + "' in " + ctx + " (one of "
                        + Arrays.toString(type.getEnumConstants()) + ")");
            } else {
                values.add(parsed);
            }
        }
        return Collections.unmodifiableSet(values);
    }

    public @Nullable String word(Map<String, NodeTuple> keys, String key, String ctx, Set<String> known, String what) {
        if (!keys.containsKey(key)) {
            return null;
        }
        Node node = keys.get(key).getValueNode();
        String value = text(node, ctx);
        if (value != null && !known.contains(value)) {
            problems.add(at(node) + "unknown " + what + " '" + value + "' in " + ctx);
            return null;
        }
        return value;
    }

    public <E extends Enum<E>> @Nullable E enumValue(
            Node owner,
            Map<String, NodeTuple> keys,
            String key,
            String ctx,
            Class<E> type,
            String what,
            boolean required) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(at(owner) + "missing '" + key + "' in " + ctx);
            }
            return null;
        }
        String value = text(tuple.getValueNode(), ctx);
        if (value == null) {
            return null;
        }
        E parsed = parse(type, value);
        if (parsed == null) {
            problems.add(at(tuple.getValueNode()) + "unknown " + what + " '" + value + "' in " + ctx + " (one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
        return parsed;
    }

    public @Nullable LocalDate date(Map<String, NodeTuple> keys, String key, String ctx) {
        if (!keys.containsKey(key)) {
            return null;
        }
        Node node = keys.get(key).getValueNode();
        String value = text(node, ctx);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(at(node) + "'" + value + "' is not a date (yyyy-MM-dd) in " + ctx);
            return null;
        }
    }

    public @Nullable Long integer(Node node, String ctx) {
        String value = text(node, ctx);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(at(node) + "'" + value + "' is not a whole number in " + ctx);
            return null;
        }
    }

    public @Nullable BigDecimal decimal(Node node, String ctx) {
        if (node == null) {
            return null;
        }
        String value = text(node, ctx);
        try {
            BigDecimal amount = value == null ? null : new BigDecimal(value);
            if (amount != null && amount.signum() < 0) {
                problems.add(at(node) + "amount must not be negative, was " + value + " in " + ctx);
            }
            return amount;
        } catch (NumberFormatException e) {
            problems.add(at(node) + "'" + value + "' is not an amount in " + ctx);
            return null;
        }
    }

    public @Nullable Boolean bool(Node node, String ctx) {
        if (node == null) {
            return null;
        }
        String value = text(node, ctx);
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf(value);
        }
        problems.add(at(node) + "'" + value + "' is not true or false in " + ctx);
        return null;
    }

    public String at(Node node) {
        return sourceName + ":" + line(node) + ": ";
    }

    /** The value of a key the caller has seen present; a missing one is a programming error, not a problem. */
    public static Node value(Map<String, NodeTuple> keys, String key) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            throw new IllegalStateException("no '" + key + "' here");
        }
        return tuple.getValueNode();
    }

    public static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    public static <E extends Enum<E>> @Nullable E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
