package org.securebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package under {@code org.securebase} is a module: its root package is its API, its sub-packages
 * are its own. The check fails on a cycle between modules or on a use of another module's internals.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
        MODULES.verify();
    }

    /** The diagrams in docs/modules are drawn from the code; this fails when they no longer match it. */
    @Test
    void theModuleDiagramsInDocsAreCurrent() throws IOException {
        Path drawn = Path.of("target/modules");
        new Documenter(MODULES, drawn.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (var files = Files.list(drawn)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Path kept = Path.of("docs/modules").resolve(file.getFileName());
                assertThat(kept)
                        .as("docs/modules is out of date: copy target/modules/*.puml into docs/modules")
                        .exists();
                // Compared as sets of lines: the order in which classes are found may differ between checkouts.
                assertThat(Files.readAllLines(kept))
                        .as("docs/modules/%s is out of date: copy target/modules/*.puml into docs/modules", kept)
                        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(file));
            }
        }
    }
}
