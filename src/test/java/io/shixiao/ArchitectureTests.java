package io.shixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * House rules that Spring Modulith does not check: the domain stays pure (no web, persistence or
 * framework types), and time is read from the injected {@link java.time.Clock}.
 */
class ArchitectureTests {

    static final String[] FRAMEWORK_PACKAGES = {
        "org.springframework..",
        "jakarta..",
        "java.sql..",
        "javax.sql..",
        "tools.jackson..",
        "com.fasterxml.jackson.databind.."
    };

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.shixiao");
    }

    @Test
    void domainCodeImportsNoWebPersistenceOrFrameworkTypes() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(
                        "io.shixiao..domain..", "io.shixiao.servicelevel.calendar", "io.shixiao.servicelevel.standard")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORK_PACKAGES)
                .because("rules of the domain must be testable without Spring, a database or HTTP");
        rule.check(production);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        ArchRule rule = noClasses()
                .should()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould()
                .callMethod(java.time.LocalDateTime.class, "now")
                .orShould()
                .callMethod(java.time.ZonedDateTime.class, "now")
                .orShould()
                .callMethod(java.time.OffsetDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("deadlines must be testable with a fixed clock: inject java.time.Clock");
        rule.check(production);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closedModules")
    void moduleInternalsAreNotUsedFromOutsideTheModule(String module) {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("io.shixiao." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.shixiao." + module + ".(*)..")
                .because("a module's sub-packages are its internals; other modules use its top-level API only")
                .allowEmptyShould(true);
        rule.check(production);
    }

    /** Every module but the open kernel {@code shared}. */
    static Stream<String> closedModules() {
        return ModularityTests.MODULES.stream()
                .map(module -> module.getBasePackage().getName().substring("io.shixiao.".length()))
                .filter(name -> !name.equals("shared"));
    }
}
