package io.shixiao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of DESIGN §4: each module uses only the APIs (top-level packages) of the
 * modules its {@code package-info.java} allows, and there are no cycles.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ShixiaoApplication.class);

    @Test
    void modulesRespectTheirDeclaredBoundaries() {
        MODULES.verify();
    }

    @Test
    void moduleDocumentationIsWritten() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
