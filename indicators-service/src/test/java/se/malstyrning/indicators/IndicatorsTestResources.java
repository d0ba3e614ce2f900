package se.malstyrning.indicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.malstyrning.testsupport.PostgresTestResource;
import se.malstyrning.testsupport.TestTokens;

/**
 * Every test of this service runs against its own real PostgreSQL database and verifies real
 * tokens. Declared once here: {@code @QuarkusTestResource} applies to all tests of the module,
 * so they share one application start.
 */
@SuppressWarnings("removal")
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators_test"))
@QuarkusTestResource(TestTokens.class)
@QuarkusTestResource(GoalsStub.class)
@QuarkusTestResource(KoladaStub.class)
public final class IndicatorsTestResources {
    private IndicatorsTestResources() {
    }
}
