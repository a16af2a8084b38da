package io.shixiao.policies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The policy model is plain Java: no Spring, jakarta, JDBC or Jackson, no reach into the layers above. */
class PoliciesDomainPurityTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shixiao.policies");

    @Test
    void theDomainDependsOnNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("io.shixiao.policies.domain..")
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
                .resideInAPackage("io.shixiao.policies.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.shixiao.policies.application..", "io.shixiao.policies.web..")
                .check(classes);
    }
}
