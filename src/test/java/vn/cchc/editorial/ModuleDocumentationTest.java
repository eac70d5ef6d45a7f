package vn.cchc.editorial;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module diagram in docs/modules/ (linked from docs/architecture.md) is the one the code gives: Spring
 * Modulith's {@link Documenter} draws the modules (the direct sub-packages of vn.cchc.editorial) and their
 * dependencies as a C4 component diagram in PlantUML. This test draws it into target/modules/ and fails when
 * the committed files differ; {@code -Dcchc.docs.write=true} copies the new drawing over them instead.
 * Documenter lists components and relations in no fixed order (it walks hash sets), so each run of
 * {@code Component(}/{@code Rel(} lines is sorted before the comparison: the same code, the same file.
 */
class ModuleDocumentationTest {

    static final Path COMMITTED = Path.of("docs", "modules");
    static final Path GENERATED = Path.of("target", "modules");
    static final String REWRITE = "./mvnw -B test -Dtest=ModuleDocumentationTest -Dcchc.docs.write=true";

    @Test
    void theCommittedModuleDiagramIsTheOneTheCodeGives() throws IOException {
        new Documenter(ApplicationModules.of(EditorialApplication.class),
                Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.C4));
        List<String> generated = names(GENERATED);
        assertThat(generated).as("the files Documenter wrote").isNotEmpty();
        for (String name : generated) {
            Files.write(GENERATED.resolve(name), inFixedOrder(Files.readAllLines(GENERATED.resolve(name))));
        }

        if (Boolean.getBoolean("cchc.docs.write")) {
            Files.createDirectories(COMMITTED);
            for (String name : names(COMMITTED)) {
                Files.delete(COMMITTED.resolve(name));
            }
            for (String name : generated) {
                Files.copy(GENERATED.resolve(name), COMMITTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        assertThat(names(COMMITTED)).as("the files in %s; to rewrite them from the code: %s", COMMITTED, REWRITE)
                .containsExactlyElementsOf(generated);
        for (String name : generated) {
            assertThat(Files.readString(COMMITTED.resolve(name)))
                    .as("%s is not what the code gives (see %s); to rewrite it: %s",
                            COMMITTED.resolve(name), GENERATED.resolve(name), REWRITE)
                    .isEqualTo(Files.readString(GENERATED.resolve(name)));
        }
    }

    /** The lines with each run of consecutive Component( or Rel( lines sorted; the rest stays where it is. */
    static List<String> inFixedOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (isElement(line) && !run.isEmpty() && !kind(line).equals(kind(run.get(0)))) {
                result.addAll(run.stream().sorted().toList());
                run.clear();
            }
            if (isElement(line)) {
                run.add(line);
            } else {
                result.addAll(run.stream().sorted().toList());
                run.clear();
                result.add(line);
            }
        }
        result.addAll(run.stream().sorted().toList());
        return result;
    }

    static boolean isElement(String line) {
        return !kind(line).isEmpty();
    }

    static String kind(String line) {
        String stripped = line.strip();
        return stripped.startsWith("Rel(") ? "Rel" : stripped.startsWith("Component(") ? "Component" : "";
    }

    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
