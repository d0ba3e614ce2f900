package se.malstyrning.indicators;

import se.malstyrning.testsupport.architecture.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "se.malstyrning.indicators";
    }
}
