package io.shixiao.shared.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A {@link NoticeRenderer} for plain unit tests, without a Spring context: templates from {@code
 * templates/} on the classpath and messages from {@code i18n/document} plus the bundles a module's
 * test names, as in the application.
 */
public final class NoticeRenderers {

    private NoticeRenderers() {}

    /** A renderer whose templates read messages from {@code i18n/document} and {@code bundles}. */
    public static NoticeRenderer withBundles(String... bundles) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());

        List<String> basenames = new ArrayList<>(List.of("i18n/document"));
        basenames.addAll(List.of(bundles));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);

        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return new NoticeRenderer(engine);
    }
}
