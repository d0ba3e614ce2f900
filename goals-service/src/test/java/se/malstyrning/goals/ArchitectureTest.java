package se.malstyrning.goals;

import se.malstyrning.testsupport.architecture.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "se.malstyrning.goals";
    }
}
