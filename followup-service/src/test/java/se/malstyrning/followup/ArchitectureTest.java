package se.malstyrning.followup;

import se.malstyrning.testsupport.architecture.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "se.malstyrning.followup";
    }
}
