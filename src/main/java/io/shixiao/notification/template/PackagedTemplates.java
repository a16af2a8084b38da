package io.shixiao.notification.template;

import io.shixiao.shared.yaml.LocatedYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Writes the packaged templates ({@code notification/templates.yml}) that the database does not have
 * yet, at start-up; a template the administrator edited keeps its text. A wrong file stops the start
 * naming its line.
 */
@Component
@Order(5)
class PackagedTemplates implements ApplicationRunner {

    static final String FILE = "notification/templates.yml";
    private static final Logger log = LoggerFactory.getLogger(PackagedTemplates.class);
    private static final Set<String> KEYS = Set.of("code", "name", "body", "variables", "source", "quote");

    private final TemplateStore store;
    private final Clock clock;

    PackagedTemplates(TemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (MessageTemplate template : read()) {
            if (store.insertIfAbsent(template)) {
                added++;
            }
        }
        if (added > 0) {
            log.info("Message templates: {} packaged template(s) written", added);
        }
    }

    List<MessageTemplate> read() {
        String text;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        LocatedYaml yaml = new LocatedYaml(FILE, problems);
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        List<MessageTemplate> templates = new ArrayList<>();
        MappingNode file = yaml.mapping(root, "file");
        if (file != null) {
            Map<String, NodeTuple> keys = yaml.keys(file, Set.of("templates"), "file");
            if (keys.get("templates") != null && keys.get("templates").getValueNode() instanceof SequenceNode list) {
                for (Node entry : list.getValue()) {
                    MappingNode mapping = yaml.mapping(entry, "templates[]");
                    if (mapping != null) {
                        MessageTemplate template = template(yaml, mapping, problems);
                        if (template != null) {
                            templates.add(template);
                        }
                    }
                }
            } else {
                problems.add(yaml.at(file) + "expected a list 'templates'");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The message template file is wrong:\n  " + String.join("\n  ", problems));
        }
        return templates;
    }

    private @Nullable MessageTemplate template(LocatedYaml yaml, MappingNode node, List<String> problems) {
        Map<String, NodeTuple> keys = yaml.keys(node, KEYS, "template");
        String code = yaml.requiredText(node, keys, "code", "template");
        String body = yaml.requiredText(node, keys, "body", String.valueOf(code));
        List<String> variables = keys.containsKey("variables")
                ? List.copyOf(yaml.words(keys.get("variables").getValueNode(), String.valueOf(code), null, null))
                : List.of();
        if (body != null && !TemplateText.undeclared(body, variables).isEmpty()) {
            problems.add(yaml.at(node) + "undeclared placeholders " + TemplateText.undeclared(body, variables) + " in "
                    + code);
        }
        String name = yaml.requiredText(node, keys, "name", String.valueOf(code));
        String source = yaml.requiredText(node, keys, "source", String.valueOf(code));
        if (code == null || body == null || name == null || source == null) {
            return null; // each missing value has added its problem
        }
        return new MessageTemplate(
                code,
                "SMS",
                name,
                body,
                variables,
                source,
                keys.containsKey("quote") ? yaml.text(keys.get("quote").getValueNode(), String.valueOf(code)) : null,
                "packaged",
                clock.instant(),
                0);
    }
}
