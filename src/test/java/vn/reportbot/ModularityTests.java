package vn.reportbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Keeps the stages apart: no cycles between them, and the offline pipeline free of Spring and the database. */
class ModularityTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // DO_NOT_INCLUDE_TESTS knows target/test-classes only; a build beside another (-Dreportbot.build.dir) has its own
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("vn.reportbot");

    @Test
    void stagesDoNotDependOnEachOtherInACycle() {
        slices().matching("vn.reportbot.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void readingAndMatchingRunWithoutSpringOrADatabase() {
        noClasses().that().resideInAnyPackage("vn.reportbot.intake..", "vn.reportbot.matching..", "vn.reportbot.text..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWebPackageServesHttp() {
        noClasses().that().resideOutsideOfPackage("vn.reportbot.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverReachesTheDatabaseOrTheMailServer() {
        noClasses().that().resideInAPackage("vn.reportbot.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.reportbot.mailbox..", "vn.reportbot.notify..",
                        "vn.reportbot.report..", "vn.reportbot.task..", "org.springframework.jdbc..")
                .check(CLASSES);
    }
}
