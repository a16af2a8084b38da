package io.shixiao.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.shixiao.shared.document.Notice.Section;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

/** The renderer works with the template engine and messages that Spring Boot configures. */
class NoticeRendererWiringTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(MessageSourceAutoConfiguration.class, ThymeleafAutoConfiguration.class))
            .withPropertyValues(
                    "spring.messages.basename=i18n/document", "spring.messages.fallback-to-system-locale=false")
            .withBean(NoticeRenderer.class);

    @Test
    void theAutoConfiguredTemplateEngineRendersANoticeWithTheDocumentMessages() {
        context.run(application -> {
            Notice notice = new Notice("一次性告知书", "", "", List.of(Section.of("需补充的材料", "事故证明")), "", List.of());

            byte[] pdf = application.getBean(NoticeRenderer.class).render(notice, Locale.SIMPLIFIED_CHINESE);

            assertThat(PdfText.of(pdf)).contains("一次性告知书").contains("一、需补充的材料").contains("第 1 页，共 1 页");
        });
    }
}
