package se.malstyrning.indicators;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.ServiceFrameContract;

@QuarkusTest
class ServiceFrameTest extends ServiceFrameContract {

    @Override
    protected String api() {
        return "indicators";
    }

    @Override
    protected String documentedPath() {
        return "/indicators/v1/indicators";
    }
}
