package se.malstyrning.gateway;

import se.malstyrning.testsupport.architecture.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "se.malstyrning.gateway";
    }
}
