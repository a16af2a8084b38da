package io.shixiao.servicelevel.standard.catalog;

import io.shixiao.servicelevel.standard.Catalog;
import io.shixiao.servicelevel.standard.CatalogLoader;
import io.shixiao.servicelevel.standard.CatalogSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Loads the catalog at start-up from {@code shixiao.standards.location} (default
 * {@code classpath:standards/*.yml}). A broken entry fails the start with its file and line: a
 * platform that silently dropped a time limit would promise compliance it does not check.
 */
@Configuration(proxyBeanMethods = false)
class StandardsCatalogConfiguration {

    @Bean
    Catalog serviceStandardsCatalog(@Value("${shixiao.standards.location:classpath:standards/*.yml}") String location) {
        return new CatalogLoader().load(read(location));
    }

    static List<CatalogSource> read(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            String folder = folderOf(location);
            return Arrays.stream(resources)
                    .filter(Resource::isReadable)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(resource -> new CatalogSource(folder + resource.getFilename(), content(resource)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the service-standards catalog at " + location, e);
        }
    }

    // Errors name a file as the catalog author sees it: "standards/law.yml", not a jar URL.
    private static String folderOf(String location) {
        String path = location.replaceFirst("^(classpath\\*?|file):", "");
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static String content(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }
}
