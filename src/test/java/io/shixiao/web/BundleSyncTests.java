package io.shixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every label exists in both languages: each Chinese bundle {@code i18n/x.properties} has an English
 * {@code i18n/x_en.properties} with exactly the same keys, and no value is empty.
 */
class BundleSyncTests {

    /** The application's bundles; test-only bundles (under test-classes) are not shipped. */
    static Stream<String> bundles() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
                .filter(BundleSyncTests::shipped)
                .map(Resource::getFilename)
                .filter(name -> name != null && !name.contains("_"))
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundles")
    void theEnglishBundleHasExactlyTheKeysOfTheChineseOne(String bundle) {
        Properties chinese = load("i18n/" + bundle + ".properties");
        Properties english = load("i18n/" + bundle + "_en.properties");

        Set<String> missingInEnglish = new TreeSet<>(chinese.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInChinese = new TreeSet<>(english.stringPropertyNames());
        missingInChinese.removeAll(chinese.stringPropertyNames());

        assertThat(missingInEnglish)
                .as("keys of %s without an English label", bundle)
                .isEmpty();
        assertThat(missingInChinese)
                .as("keys of %s without a Chinese label", bundle)
                .isEmpty();
        assertThat(chinese.stringPropertyNames())
                .as("empty labels in %s", bundle)
                .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
    }

    private static boolean shipped(Resource resource) {
        try {
            return !resource.getURL().toString().contains("/test-classes/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = BundleSyncTests.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " exists").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
