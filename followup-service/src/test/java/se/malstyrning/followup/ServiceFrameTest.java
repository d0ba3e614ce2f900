package se.malstyrning.followup;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.ServiceFrameContract;

@QuarkusTest
class ServiceFrameTest extends ServiceFrameContract {

    @Override
    protected String api() {
        return "followup";
    }

    @Override
    protected String documentedPath() {
        return "/followup/v1/cases";
    }
}
