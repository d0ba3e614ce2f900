package se.malstyrning.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What the launcher tells its local Keycloak through the admin API after the realm was imported. */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakAdmin() {
    }

    /** Lets the realm's Swagger UI client log in from this suite's gateway, whatever its port. */
    static void allowSwaggerUiAt(URI keycloak, String adminUser, String adminPassword, String realm, URI gateway) {
        try {
            String token = JSON.readTree(send(HttpRequest.newBuilder(keycloak.resolve("/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username="
                            + URLEncoder.encode(adminUser, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8))))).path("access_token").asText();
            URI clients = keycloak.resolve("/admin/realms/" + realm + "/clients");
            JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=swagger-ui"))
                    .header("Authorization", "Bearer " + token).GET()));
            if (found.isEmpty()) {
                return;
            }
            ObjectNode client = (ObjectNode) found.get(0);
            if (allow(client, gateway.toString())) {
                send(HttpRequest.newBuilder(URI.create(clients + "/" + client.path("id").asText()))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not configure Swagger UI's client in Keycloak", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Adds the origin to the client's redirect URIs and web origins; tells whether anything changed. */
    static boolean allow(ObjectNode client, String origin) {
        boolean changed = addIfAbsent(client.withArray("redirectUris"), origin + "/*");
        return addIfAbsent(client.withArray("webOrigins"), origin) || changed;
    }

    private static boolean addIfAbsent(ArrayNode values, String value) {
        for (JsonNode existing : values) {
            if (existing.asText().equals(value)) {
                return false;
            }
        }
        values.add(value);
        return true;
    }

    private static String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(request.build().method() + " " + request.build().uri() + " answered " + response.statusCode());
        }
        return response.body();
    }
}
