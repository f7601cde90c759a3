package org.custodia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /**
     * The module tree from the bottom up: a module may depend only on modules listed before it, so
     * every arrow of the diagram points down. A new module must be given its place here.
     */
    static final List<String> LAYERS = List.of(
            "shared",
            "platform",
            "encryption",
            "personaldata",
            "audit",
            "identity",
            "retention",
            "retention.accounts",
            "analytics",
            "casework",
            "consent",
            "correspondence",
            "governance",
            "breaches",
            "rights",
            "notices",
            "research",
            "servicedesk");

    private final ApplicationModules modules = ApplicationModules.of(Custodia.class);

    @Test
    void modulesKeepToTheirPublicApis() {
        modules.verify();
    }

    @Test
    void everyDependencyPointsDownTheTree() {
        List<String> upward = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            int layer = LAYERS.indexOf(name);
            if (layer < 0) {
                unplaced.add(name);
                continue;
            }
            module.getDirectDependencies(modules).uniqueModules().forEach(target -> {
                String targetName = target.getIdentifier().toString();
                if (LAYERS.indexOf(targetName) >= layer) {
                    upward.add(name + " -> " + targetName);
                }
            });
        }
        assertThat(unplaced).as("modules without a place in LAYERS").isEmpty();
        assertThat(upward)
                .as("dependencies on a module at the same level or above")
                .isEmpty();
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path mermaid = Path.of("target", "spring-modulith-docs", "modules.mmd");
        Files.writeString(mermaid, mermaid());
        assertThat(mermaid).content().contains("rights --> personaldata");
    }

    /** The dependency diagram as docs/architecture.md shows it, top layer first. */
    private String mermaid() {
        StringBuilder diagram = new StringBuilder("flowchart TD\n");
        for (int layer = LAYERS.size() - 1; layer >= 0; layer--) {
            String name = LAYERS.get(layer);
            modules.stream()
                    .filter(module -> module.getIdentifier().toString().equals(name))
                    .flatMap(module -> module.getDirectDependencies(modules).uniqueModules())
                    .map(target -> target.getIdentifier().toString())
                    .distinct()
                    .sorted(Comparator.comparing((String target) -> LAYERS.indexOf(target))
                            .reversed())
                    .forEach(target -> diagram.append("    ")
                            .append(name)
                            .append(" --> ")
                            .append(target)
                            .append('\n'));
        }
        return diagram.toString();
    }
}
