package vn.reportbot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import reachprobe.ReachProbeApplication;

/**
 * Keeps the stages apart. Spring Modulith takes each package under {@code vn.reportbot} for an application module
 * whose public face is the public types of its root package: a cycle between modules, or a reach into another
 * module's sub-packages ({@code internal}), fails the build. Then the offline pipeline stays free of Spring and the
 * database, parsing a dispatch ({@code dispatchtext}) needs nothing but the text module, and only the web module
 * serves HTTP. The module diagram and canvases are written to {@code docs/modules/} on every run.
 */
class ModularityTests {

    /** The production classes, wherever the build puts them: a build beside another (-Dreportbot.build.dir) too. */
    private static final ImportOption PRODUCTION = location -> !location.contains("/test-classes/");
    private static final ImportOption TESTS = location -> location.contains("/test-classes/");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(PRODUCTION)
            .importPackages("vn.reportbot");
    private static final ApplicationModules MODULES = ApplicationModules.of(ReportbotApplication.class, PRODUCTION);

    @Test
    void modulesUseEachOthersPublicFaceOnlyAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void aReachIntoAnotherModulesInternalPackageFailsTheCheck() {
        ApplicationModules sample = ApplicationModules.of(ReachProbeApplication.class, TESTS);

        assertThatThrownBy(sample::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("reachprobe.alpha.Alpha").hasMessageContaining("reachprobe.beta.internal.BetaSecret");
    }

    @Test
    void theModuleDiagramAndCanvasesAreWrittenToDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

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
    void parsingADispatchIsPureJavaThatUsesOnlyTheTextModule() {
        noClasses().that().resideInAPackage("vn.reportbot.dispatchtext..")
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                        .or(resideInAPackage("vn.reportbot..")
                                .and(not(resideInAnyPackage("vn.reportbot.dispatchtext..", "vn.reportbot.text..")))))
                .check(CLASSES);
    }

    @Test
    void onlyTheWebPackageServesHttp() {
        noClasses().that().resideOutsideOfPackage("vn.reportbot.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(CLASSES);
    }

    /**
     * Through any chain of classes, not only directly: the commands that start the service ({@code import-dispatch},
     * {@code bench}) live outside {@code cli} and reach its dispatcher as {@code CliCommand}s.
     */
    @Test
    void theCommandLineNeverReachesTheDatabaseOrTheMailServerNorStartsTheService() {
        noClasses().that().resideInAPackage("vn.reportbot.cli..")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("vn.reportbot.mailbox..",
                        "vn.reportbot.notify..", "vn.reportbot.report..", "vn.reportbot.task..", "vn.reportbot.bench..",
                        "org.springframework.jdbc..", "java.sql..", "javax.sql..", "jakarta.mail..",
                        "org.springframework.context..", "org.springframework.boot.builder..")
                .orShould().transitivelyDependOnClassesThat().belongToAnyOf(SpringApplication.class, ReportbotApplication.class)
                .check(CLASSES);
    }
}
