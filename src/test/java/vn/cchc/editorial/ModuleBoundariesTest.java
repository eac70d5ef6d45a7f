package vn.cchc.editorial;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The modules of the application (the packages below vn.cchc.editorial) and their boundaries: no two
 * modules depend on each other in a circle, and the engine's internal packages
 * (org.camunda.bpm.engine.impl) are used by the adapter module {@code system} alone; the others reach
 * what they need of them through it (EngineUsers, ProcessInstanceEndHandler, InvalidInputException).
 * Spring Modulith checks the same modules again: no cycles, and no module reaching into another's
 * sub-packages (plan.internal is the plan module's own).
 */
class ModuleBoundariesTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.cchc.editorial");

    @Test
    void modulesDoNotDependOnEachOtherInACircle() {
        slices().matching("vn.cchc.editorial.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheAdapterUsesTheEnginesInternals() {
        noClasses().that().resideOutsideOfPackage("vn.cchc.editorial.system..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("the engine's internals change between versions; system/ is the one place that adapts to them")
                .check(MAIN);
    }

    @Test
    void modulesUseEachOtherOnlyThroughTheirTopPackage() {
        ApplicationModules.of(EditorialApplication.class).verify();
    }
}
