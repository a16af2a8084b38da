package io.shixiao.servicelevel.standard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The packaged catalog and the source texts its quotes come from. */
public final class CatalogFixtures {

    private CatalogFixtures() {}

    public static List<CatalogSource> packagedCatalog() {
        return Arrays.stream(resources("classpath:standards/*.yml"))
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(r -> new CatalogSource("standards/" + r.getFilename(), read(r)))
                .toList();
    }

    /** 保险法/投诉办法 excerpts and the seed documents, as copied into the test resources. */
    public static String sourceTexts() {
        StringBuilder all = new StringBuilder();
        for (Resource resource : resources("classpath:sources/*")) {
            all.append(read(resource)).append('\n');
        }
        return all.toString();
    }

    /** One catalog file built from the given standard entries under a minimal valid header. */
    public static CatalogSource file(String name, String standardsYaml) {
        return new CatalogSource(name, """
        document: 测试文件
        tier: LAW
        effectiveFrom: 2020-01-01
        standards:
        """ + standardsYaml);
    }

    /** A valid CLOCK entry; tests break one line of it at a time. */
    public static String validEntry(String code) {
        return """
          - code: %s
            title: 测试时效
            kind: CLOCK
            bindsStep: CLAIM_PAYMENT
            clause: 第一条
            quote: "测试原文"
            appliesTo:
              caseType: CLAIM
            milestones:
              start: [SETTLEMENT_AGREED]
              stop: [PAYMENT_MADE]
            period:
              amount: 10
              unit: CALENDAR_DAYS
              calendar: CN
            warnings:
              - at: 50
                notify: [CLAIMS_HANDLER]
            escalation: [MANAGER]
            remedies: [DAMAGES]
            remedy: 赔偿损失
        """.formatted(code);
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
