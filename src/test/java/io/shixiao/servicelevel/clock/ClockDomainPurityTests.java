package io.shixiao.servicelevel.clock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ClockDomainPurityTests {

    private final JavaClasses clockPackage = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shixiao.servicelevel.clock");

    @Test
    void theClockAggregateAndItsPolicyImportNoFramework() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("ServiceClock")
                .or()
                .haveSimpleName("DeadlinePolicy")
                .or()
                .haveSimpleName("ClockPeriod")
                .or()
                .haveSimpleName("PausedInterval")
                .or()
                .haveSimpleName("Extension")
                .or()
                .haveSimpleName("ExtensionRules")
                .or()
                .haveSimpleName("ExtensionRequest")
                .or()
                .haveSimpleName("TimelineEntry")
                .or()
                .haveSimpleName("ClockOwner")
                .or()
                .haveSimpleName("BreachAcknowledgement")
                .or()
                .haveSimpleName("ClockTransitionRefused")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..", "tools.jackson..")
                .check(clockPackage);
    }
}
