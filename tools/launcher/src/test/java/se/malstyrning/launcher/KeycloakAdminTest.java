package se.malstyrning.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakAdminTest {

    private static ObjectNode swaggerUi() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("""
                {"clientId": "swagger-ui", "redirectUris": ["http://localhost:8080/*"], "webOrigins": ["http://localhost:8080"]}""");
    }

    @Test
    void shouldLetSwaggerUiLogInFromTheGatewayOfThisSuite() throws Exception {
        ObjectNode client = swaggerUi();

        assertTrue(KeycloakAdmin.allow(client, "http://localhost:38080"));

        assertEquals("[\"http://localhost:8080/*\",\"http://localhost:38080/*\"]", client.path("redirectUris").toString());
        assertEquals("[\"http://localhost:8080\",\"http://localhost:38080\"]", client.path("webOrigins").toString());
    }

    @Test
    void shouldChangeNothingForAnAddressTheRealmAlreadyAllows() throws Exception {
        ObjectNode client = swaggerUi();

        assertFalse(KeycloakAdmin.allow(client, "http://localhost:8080"));

        assertEquals("[\"http://localhost:8080/*\"]", client.path("redirectUris").toString());
    }
}
