package se.malstyrning.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** tools/realm-for-production: the demo realm's roles and clients, nothing of the demo. */
class RealmForProductionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode demo;
    private static JsonNode production;
    private static String productionText;

    @BeforeAll
    static void writeTheRealm() throws Exception {
        demo = JSON.readTree(Overlays.ROOT.resolve("deploy/keycloak/malstyrning-realm.json").toFile());
        Process process = new ProcessBuilder(Overlays.ROOT.resolve("tools/realm-for-production").toString(),
                "https://malstyrning.kommun.example").redirectErrorStream(false).start();
        productionText = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        production = JSON.readTree(productionText);
    }

    private static Set<String> values(JsonNode array, String field) {
        Set<String> values = new HashSet<>();
        array.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    @Test
    void shouldKeepEveryRoleAndEveryClientButTheDemosPasswordGrantClient() {
        assertEquals(values(demo.path("roles").path("realm"), "name"), values(production.path("roles").path("realm"), "name"));
        Set<String> clients = values(demo.path("clients"), "clientId");
        clients.remove("cli");
        assertEquals(clients, values(production.path("clients"), "clientId"));
    }

    @Test
    void shouldHoldNoPersonAndNoSecret() {
        for (JsonNode user : production.path("users")) {
            assertTrue(user.hasNonNull("serviceAccountClientId"), user.path("username").asText() + " is not a client's service account");
            assertFalse(user.has("credentials"), user.path("username").asText() + " has credentials");
        }
        for (JsonNode client : production.path("clients")) {
            assertFalse(client.has("secret"), client.path("clientId").asText() + " keeps the demo's secret");
        }
        assertFalse(productionText.toLowerCase(Locale.ROOT).contains("demo"), "the production realm mentions the demo");
    }

    @Test
    void shouldKeepTheServiceAccountsRoles() {
        for (JsonNode user : demo.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                JsonNode kept = StreamSupport.stream(production.path("users").spliterator(), false)
                        .filter(candidate -> candidate.path("username").equals(user.path("username"))).findFirst().orElseThrow();
                assertEquals(user.path("realmRoles"), kept.path("realmRoles"));
            }
        }
    }

    @Test
    void shouldLetSwaggerUiLogInFromTheGatewaysPublicAddressOnly() {
        JsonNode swagger = StreamSupport.stream(production.path("clients").spliterator(), false)
                .filter(client -> client.path("clientId").asText().equals("swagger-ui")).findFirst().orElseThrow();
        assertEquals("[\"https://malstyrning.kommun.example/*\"]", swagger.path("redirectUris").toString());
        assertEquals("[\"https://malstyrning.kommun.example\"]", swagger.path("webOrigins").toString());
    }
}
