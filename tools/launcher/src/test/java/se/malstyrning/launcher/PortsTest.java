package se.malstyrning.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PortsTest {

    @Test
    void shouldUseTheEighteenThousandsForSystemTestsByDefault() {
        Ports ports = Ports.forSystemTests(null);
        assertEquals(18080, ports.gateway());
        assertEquals(18180, ports.keycloak());
        assertEquals(18081, ports.goals());
    }

    @Test
    void shouldMoveEverySystemTestPortToTheGivenThousand() {
        Ports ports = Ports.forSystemTests("38000");
        assertEquals(38080, ports.gateway());
        assertEquals(38180, ports.keycloak());
        assertEquals(39180, ports.keycloakManagement());
        assertEquals(38083, ports.followup());
    }

    @Test
    void shouldPutTheGatewaysManagementInterfaceAThousandAboveItsPublicPort() {
        assertEquals(9080, Ports.standard().gatewayManagement());
        assertEquals(39080, Ports.forSystemTests("38000").gatewayManagement());
        assertEquals(29080, Ports.forBenchmarks().gatewayManagement());
    }

    @Test
    void shouldRefuseABaseThatIsNotAWholeThousand() {
        assertThrows(IllegalArgumentException.class, () -> Ports.forSystemTests("38080"));
    }
}
