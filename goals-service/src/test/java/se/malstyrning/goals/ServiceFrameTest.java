package se.malstyrning.goals;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.ServiceFrameContract;

@QuarkusTest
class ServiceFrameTest extends ServiceFrameContract {

    @Override
    protected String api() {
        return "goals";
    }

    @Override
    protected String documentedPath() {
        return "/goals/v1/org-units";
    }
}
