package io.shixiao.organization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The organisation's domain is plain Java: no Spring, no jakarta, no JDBC, no Jackson. */
class OrganizationDomainPurityTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shixiao.organization");

    @Test
    void theDomainDependsOnNoFramework() {
        noClasses()
                .that()
                .resideInAPackage("io.shixiao.organization.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta..", "java.sql..", "tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void theDomainDoesNotReachIntoTheApplicationOrWebLayers() {
        noClasses()
                .that()
                .resideInAPackage("io.shixiao.organization.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.shixiao.organization.application..", "io.shixiao.organization.web..")
                .check(classes);
    }
}
