package cz.socialinclusion.partnership;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Core is pure Java: no Jackson, JDBC or framework type, and it never reads the clock itself. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cz.socialinclusion.partnership");

    @Test
    void coreUsesNoJacksonJdbcOrFrameworkPackage() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "org.springframework..",
                "org.hibernate..", "jakarta.persistence..", "jakarta.ws..", "org.h2..", "org.postgresql..",
                "org.flywaydb..", "picocli..", "lombok..", "io.vavr..")
                .check(CORE);
    }

    @Test
    void coreDependsOnlyOnTheJdkJakartaValidationAndThreeTenExtra() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
                "java..", "jakarta.validation..", "org.threeten.extra..", "cz.socialinclusion.partnership..")
                .check(CORE);
    }

    @Test
    void coreNeverReadsTheClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.lang.System.class, "currentTimeMillis")
                .check(CORE);
    }

    @Test
    void adaptersAreNotSeenFromCore() {
        noClasses().that().resideInAPackage("cz.socialinclusion.partnership..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cz.socialinclusion.partnership.json..", "cz.socialinclusion.partnership.jdbc..",
                        "cz.socialinclusion.partnership.examples..")
                .check(CORE);
    }
}
