package vn.reportbot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

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
    private static final Path DOCS = Path.of("docs/modules");

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
    void theModuleDiagramAndCanvasesAreWrittenToDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }
        assertThat(DOCS.resolve("components.puml")).content().contains("Dispatchtext", "Staffmail");
    }

    /**
     * The Documenter lists a diagram's elements and relations in whatever order its sets give; sorted, the files
     * change only when the modules do.
     */
    private static List<String> inStableOrder(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.strip().startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(") ? "Component(" : null;
            if (!java.util.Objects.equals(kind, runKind)) {
                Collections.sort(run);
                out.addAll(run);
                run.clear();
                runKind = kind;
            }
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        Collections.sort(run);
        out.addAll(run);
        return out;
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
