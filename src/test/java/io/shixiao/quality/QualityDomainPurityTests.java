package io.shixiao.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The phrase checker is plain Java: no Spring, jakarta, JDBC or Jackson, no reach into the layers above. */
class QualityDomainPurityTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shixiao.quality");

    @Test
    void theDomainDependsOnNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("io.shixiao.quality.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "java.sql..",
                        "tools.jackson..",
                        "com.fasterxml..",
                        "org.yaml..")
                .check(classes);
    }

    @Test
    void theDomainDoesNotReachIntoTheApplicationOrWebLayers() {
        noClasses()
                .that()
                .resideInAPackage("io.shixiao.quality.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.shixiao.quality.application..", "io.shixiao.quality.web..")
                .check(classes);
    }
}
