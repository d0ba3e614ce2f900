package se.malstyrning.systemtest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.malstyrning.launcher.Service;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every service checks tokens itself (the gateway is not the only wall), and one it cannot verify
 * with the realm's keys is refused at once: no introspection call to Keycloak, no error in its log.
 */
@ExtendWith(RunningSuite.class)
class ServicesTokenChecksSystemTest {

    private static final List<Service> SERVICES = List.of(Service.GOALS, Service.INDICATORS, Service.FOLLOWUP);

    private static String keycloakAdmin() {
        URI keycloak = RunningSuite.suite().keycloakUrl();
        return "Bearer " + RestAssured.given().baseUri(keycloak.toString()).port(keycloak.getPort())
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "kc-admin").formParam("password", "kc-admin")
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification realmAdmin() {
        URI keycloak = RunningSuite.suite().keycloakUrl();
        return RestAssured.given().baseUri(keycloak.toString()).port(keycloak.getPort())
                .header("Authorization", keycloakAdmin()).contentType(ContentType.JSON);
    }

    /** The realm's record of token introspections (Keycloak keeps events once they are switched on). */
    private static List<Object> introspections() {
        return realmAdmin().queryParam("type", "INTROSPECT_TOKEN").queryParam("type", "INTROSPECT_TOKEN_ERROR")
                .when().get("/admin/realms/malstyrning/events")
                .then().statusCode(200).extract().path("$");
    }

    @Test
    void shouldRefuseATokenItCannotVerifyWithoutAskingKeycloakToIntrospectIt() throws Exception {
        realmAdmin().body("""
                        {"eventsEnabled": true, "eventsListeners": ["jboss-logging"],
                         "enabledEventTypes": ["INTROSPECT_TOKEN", "INTROSPECT_TOKEN_ERROR"]}
                        """)
                .when().put("/admin/realms/malstyrning/events/config").then().statusCode(204);
        int introspectedBefore = introspections().size();
        String real = Tokens.bearer("strateg").substring("Bearer ".length());
        // The realm's own token under a key id the realm never published: no key to verify it with.
        String unknownKey = "Bearer " + Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"not-a-key-of-the-realm\"}".getBytes(StandardCharsets.UTF_8))
                + real.substring(real.indexOf('.'));
        for (Service service : SERVICES) {
            URI address = RunningSuite.suite().serviceUrl(service);
            int before = ServiceLog.logged(service).size();
            for (String token : List.of(unknownKey, "Bearer an-opaque-token-keycloak-never-issued")) {
                given().baseUri(address.toString()).port(address.getPort()).header("Authorization", token)
                        .contentType("application/json").body("{}")
                        .when().post(writePath(service))
                        .then().statusCode(401)
                        .contentType("application/problem+json")
                        .body("status", equalTo(401));
            }
            Thread.sleep(500);
            List<String> logged = ServiceLog.logged(service);
            List<String> written = logged.subList(before, logged.size());
            List<String> complaints = written.stream()
                    .filter(line -> "ERROR".equals(ServiceLog.entry(line).path("level").asText())
                            || line.toLowerCase().contains("introspect")).toList();
            assertEquals(List.of(), complaints, service.module() + " logged while refusing bad tokens");
        }
        assertEquals(introspectedBefore, introspections().size(), "a service asked Keycloak to introspect a token");
    }

    private static String writePath(Service service) {
        return switch (service) {
            case GOALS -> "/goals/v1/org-units";
            case INDICATORS -> "/indicators/v1/indicators";
            default -> "/followup/v1/cases";
        };
    }
}
