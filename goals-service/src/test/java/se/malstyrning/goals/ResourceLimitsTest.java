package se.malstyrning.goals;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.TestTokens;
import se.malstyrning.testsupport.contract.ResourceLimitsContract;

@QuarkusTest
class ResourceLimitsTest extends ResourceLimitsContract {

    @Override
    protected String collectionPath() {
        return "/goals/v1/org-units";
    }

    @Override
    protected String postPath() {
        return "/goals/v1/goal-areas";
    }

    @Override
    protected String bearer() {
        return TestTokens.strategist();
    }

    @Override
    protected int maxBodyBytes() {
        return 1024 * 1024;
    }
}
