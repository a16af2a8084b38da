package io.shixiao;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every package says what it owns in a {@code package-info.java}, and says that its types are not null
 * unless marked {@code @Nullable} ({@link NullMarked}); NullAway checks the marked packages in the
 * compile. The packages below were written before NullAway ran and still pass nulls unmarked (about
 * 400 sites in the foundation; the service modules' application layers were written in parallel
 * before the check ran); the list may only shrink — a new package is marked from its first line, and a package
 * that becomes marked leaves the list.
 */
class NullnessTests {

    static final Set<String> NOT_YET_NULL_MARKED = Set.of(
            "io.shixiao.claims.application",
            "io.shixiao.claims.domain",
            "io.shixiao.complaints.application",
            "io.shixiao.complaints.domain",
            "io.shixiao.enrolment.application",
            "io.shixiao.enrolment.domain",
            "io.shixiao.organization.application",
            "io.shixiao.organization.demo",
            "io.shixiao.organization.web",
            "io.shixiao.policies.application",
            "io.shixiao.policies.domain",
            "io.shixiao.policies.web",
            "io.shixiao.servicelevel.clock",
            "io.shixiao.servicelevel.standard",
            "io.shixiao.servicelevel.standard.catalog",
            "io.shixiao.shared.security");

    static Set<JavaPackage> packages;

    @BeforeAll
    static void importProductionPackages() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.shixiao");
        packages = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        production.stream()
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .map(JavaClass::getPackage)
                .forEach(packages::add);
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        assertThat(packages)
                .filteredOn(p -> p.tryGetPackageInfo().isEmpty())
                .extracting(JavaPackage::getName)
                .as("packages without package-info.java")
                .isEmpty();
    }

    @Test
    void everyPackageIsNullMarkedExceptTheShrinkingBacklog() {
        Set<String> unmarked = new TreeSet<>();
        packages.stream().filter(p -> !p.isAnnotatedWith(NullMarked.class)).forEach(p -> unmarked.add(p.getName()));
        assertThat(unmarked).as("packages without @NullMarked").isEqualTo(new TreeSet<>(NOT_YET_NULL_MARKED));
    }
}
