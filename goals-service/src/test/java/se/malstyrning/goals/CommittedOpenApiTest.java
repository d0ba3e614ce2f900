package se.malstyrning.goals;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.contract.CommittedOpenApiContract;

@QuarkusTest
class CommittedOpenApiTest extends CommittedOpenApiContract {

    @Override
    protected String api() {
        return "goals";
    }
}
