package se.malstyrning.followup;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.TestTokens;
import se.malstyrning.testsupport.contract.ResourceLimitsContract;

@QuarkusTest
class ResourceLimitsTest extends ResourceLimitsContract {

    @Override
    protected String collectionPath() {
        return "/followup/v1/cases";
    }

    @Override
    protected String postPath() {
        return "/followup/v1/cases";
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
