package se.malstyrning.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules of every module of the suite, checked on its main classes by a test of
 * its own that names its root package: no cycles between the packages under the root (each
 * feature package stands on those below it), and no use of another service's code, of the
 * tooling, or of the test support outside tests. A service talks to another only over REST.
 */
public abstract class ArchitectureContract {

    /** The root packages of the deployable parts; none may use another's code. */
    private static final List<String> DEPLOYABLES = List.of(
            "se.malstyrning.goals", "se.malstyrning.indicators", "se.malstyrning.followup", "se.malstyrning.gateway");
    /** What only tests and tools may use. */
    private static final List<String> NOT_IN_MAIN_CODE = List.of(
            "se.malstyrning.testsupport..", "se.malstyrning.launcher..", "se.malstyrning.contracts..", "se.malstyrning.manifests..");

    /** The module's root package, e.g. {@code se.malstyrning.goals}. */
    protected abstract String rootPackage();

    private JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage());
    }

    @Test
    void shouldHaveNoCyclesBetweenItsPackages() {
        ArchRule rule = slices().matching(rootPackage() + ".(**)").namingSlices("$1")
                .should().beFreeOfCycles()
                .because("a feature package builds on others without them building on it (no package cycles)");
        rule.check(mainClasses());
    }

    @Test
    void shouldNotUseAnotherServicesCode() {
        String[] others = DEPLOYABLES.stream().filter(root -> !root.equals(rootPackage()))
                .map(root -> root + "..").toArray(String[]::new);
        ArchRule rule = noClasses().that().resideInAPackage(rootPackage() + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk over REST with OpenAPI contracts, never through each other's code");
        rule.check(mainClasses());
    }

    @Test
    void shouldNotUseTestOrToolingCodeInMainCode() {
        ArchRule rule = noClasses().that().resideInAPackage(rootPackage() + "..")
                .should().dependOnClassesThat().resideInAnyPackage(NOT_IN_MAIN_CODE.toArray(String[]::new))
                .because("test support and tools are not part of what deploys");
        rule.check(mainClasses());
    }
}
