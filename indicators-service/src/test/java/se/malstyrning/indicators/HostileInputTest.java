package se.malstyrning.indicators;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.TestTokens;
import se.malstyrning.testsupport.contract.HostileInputContract;
import se.malstyrning.testsupport.contract.WriteCall;

import java.util.Map;
import java.util.function.Supplier;

@QuarkusTest
class HostileInputTest extends HostileInputContract {

    @Override
    protected String api() {
        return "indicators";
    }

    @Override
    protected String bearer() {
        return TestTokens.admin();
    }

    @Override
    protected Map<String, Supplier<WriteCall>> validCalls() {
        return WriteRulesTest.calls();
    }
}
