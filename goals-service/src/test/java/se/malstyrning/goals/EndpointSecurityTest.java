package se.malstyrning.goals;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.security.EndpointSecurityContract;

@QuarkusTest
class EndpointSecurityTest extends EndpointSecurityContract {
}
