package se.malstyrning.runtime;

import se.malstyrning.testsupport.architecture.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String rootPackage() {
        return "se.malstyrning.runtime";
    }
}
