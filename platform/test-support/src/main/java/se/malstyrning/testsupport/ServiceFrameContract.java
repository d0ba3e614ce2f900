package se.malstyrning.testsupport;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every service of the suite promises about itself: readiness with its database, its OpenAPI
 * document under its own path, Prometheus metrics, and problem responses for unknown addresses.
 * A service's {@code @QuarkusTest} extends this and names its API and one of its collections.
 */
public abstract class ServiceFrameContract {

    /** The first path segment: {@code goals}, {@code indicators} or {@code followup}. */
    protected abstract String api();

    /** A collection path the OpenAPI document must list, e.g. {@code /goals/v1/org-units}. */
    protected abstract String documentedPath();

    @Test
    void shouldReportReadyWithItsDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldServeItsOpenApiDocumentUnderItsOwnPath() {
        given().queryParam("format", "json").when().get("/" + api() + "/v1/openapi")
                .then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("paths", hasKey(documentedPath()));
    }

    /** Client generators turn a bearer scheme, not an OpenID Connect one, into a token setting. */
    @Test
    void shouldDeclareABearerSchemeBesideOpenIdConnectForGeneratedClients() {
        given().queryParam("format", "json").when().get("/" + api() + "/v1/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", equalTo("JWT"))
                .body("components.securitySchemes.keycloak.type", equalTo("openIdConnect"))
                .body("paths.collect { it.value.values() }.flatten().findAll { it.security != null && !it.security.isEmpty()"
                        + " && !it.security.any { r -> r.containsKey('bearer') } }.size()", equalTo(0));
    }

    @Test
    void shouldServePrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldNotTagMetricsWithAnUnknownPath() {
        given().when().get("/" + api() + "/v1/no-such-resource-unmetered").then().statusCode(404);
        given().when().get("/no-such-place-unmetered").then().statusCode(404);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("unmetered")));
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        String path = "/" + api() + "/v1/no-such-resource";
        given().when().get(path)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo(path));
    }

    /**
     * A token the service cannot verify with the realm's keys is refused at once: Quarkus would
     * otherwise ask Keycloak to introspect it (an outbound call and Keycloak events per bad token,
     * each refusal taking seconds instead of milliseconds in the system tests).
     */
    @Test
    void shouldNeverAskKeycloakToIntrospectATokenItCannotVerify() {
        Config config = ConfigProvider.getConfig();
        assertEquals(false, config.getValue("quarkus.oidc.token.allow-jwt-introspection", Boolean.class));
        assertEquals(false, config.getValue("quarkus.oidc.token.allow-opaque-token-introspection", Boolean.class));
    }

    @Test
    void shouldRefuseAnUnknownQueryParameterNamingIt() {
        given().header("Authorization", TestTokens.admin()).queryParam("stauts", "ADOPTED").when().get(documentedPath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("stauts"))
                .body("errors[0].message", containsString("is not a parameter of this operation"));
    }

    @Test
    void shouldRefuseAQueryValueOfTheWrongTypeNamingTheParameter() {
        given().header("Authorization", TestTokens.admin()).queryParam("limit", "ten").when().get(documentedPath())
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldAcceptTheDeclaredQueryParameters() {
        given().header("Authorization", TestTokens.admin()).queryParam("limit", 2).queryParam("offset", 0).when().get(documentedPath())
                .then().statusCode(200);
    }

    @Test
    void shouldEchoTheRequestId() {
        given().header("X-Request-Id", "abc-123").when().get(documentedPath())
                .then().header("X-Request-Id", "abc-123");
    }
}
