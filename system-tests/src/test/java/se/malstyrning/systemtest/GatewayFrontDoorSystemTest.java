package se.malstyrning.systemtest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.malstyrning.launcher.Service;
import se.malstyrning.testsupport.http.StrictHttp1Client;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static se.malstyrning.testsupport.http.BodilessResponses.assertBodiless;

/**
 * The gateway as the one front door, with the real Keycloak and services: what it refuses itself
 * (every kind of bad token, anonymous writes, bursts), what it lets through (open data), and how
 * it answers when a service is down.
 */
@ExtendWith(RunningSuite.class)
class GatewayFrontDoorSystemTest {

    private static final String REALM = "/realms/malstyrning";
    private static final String BURST_CLIENT = "gateway-test-burst";
    private static final int BURST_LIMIT = 20;

    /** The suite's gateway gives the client of the burst test a small limit of its own (and no one else). */
    static final Map<String, String> GATEWAY_PROPERTIES = Map.of(
            "gateway.rate-limit.per-client." + BURST_CLIENT + ".requests", Integer.toString(BURST_LIMIT),
            "gateway.rate-limit.per-client." + BURST_CLIENT + ".per", "1M");

    /** A write that would succeed with a good token: only the gateway's refusal is left to see. */
    private static ValidatableResponse writeWith(String authorization) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body("{\"code\": \"GW-NOPE\", \"name\": \"Nej\", \"kind\": \"BOARD\"}")
                .when().post("/goals/v1/org-units")
                .then();
    }

    /** The gateway's own challenge names the realm; the services' does not. */
    private static void assertRefusedByTheGateway(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"malstyrning\", error=\"invalid_token\""))
                .body("type", equalTo("urn:malstyrning:problem:unauthorized"))
                .body("instance", equalTo("/goals/v1/org-units"));
    }

    private static String keycloak() {
        return RunningSuite.suite().keycloakUrl().toString();
    }

    private static String passwordGrant(String baseUri, String realmPath, String clientId, String user) {
        return RestAssured.given().baseUri(baseUri).port(URI.create(baseUri).getPort())
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", user).formParam("password", user)
                .when().post(realmPath + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A client of the realm made for one test, with the audience of the API and the given attributes. */
    private static void createClient(String clientId, String attributes) {
        String admin = RestAssured.given().baseUri(keycloak()).port(URI.create(keycloak()).getPort())
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "kc-admin").formParam("password", "kc-admin")
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        RestAssured.given().baseUri(keycloak()).port(URI.create(keycloak()).getPort())
                .header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                .body("""
                        {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
                         "attributes": %s,
                         "protocolMappers": [{"name": "audience", "protocol": "openid-connect",
                           "protocolMapper": "oidc-audience-mapper",
                           "config": {"included.custom.audience": "malstyrning-api", "access.token.claim": "true"}}]}
                        """.formatted(clientId, attributes))
                .when().post("/admin/realms/malstyrning/clients")
                .then().statusCode(oneOf(201, 409));
    }

    @Test
    void shouldRefuseAnExpiredTokenOfTheRealm() throws InterruptedException {
        createClient("gateway-test-short-lived", "{\"access.token.lifespan\": \"1\"}");
        String token = passwordGrant(keycloak(), REALM, "gateway-test-short-lived", "strateg");
        Thread.sleep(3_000);

        assertRefusedByTheGateway(writeWith("Bearer " + token));
    }

    @Test
    void shouldRefuseATokenWhoseSignatureWasTamperedWith() {
        String real = Tokens.bearer("strateg");
        String tampered = real.substring(0, real.length() - 6) + (real.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");

        assertRefusedByTheGateway(writeWith(tampered));
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() {
        // Keycloak names itself after the address it was asked at: the same realm key, another issuer.
        String otherAddress = keycloak().replace("localhost", "127.0.0.1");
        String token = passwordGrant(otherAddress, REALM, "cli", "strateg");

        assertRefusedByTheGateway(writeWith("Bearer " + token));
    }

    @Test
    void shouldRefuseATokenOfTheRealmIssuedForAnotherAudience() {
        // The realm's own admin-cli client adds no malstyrning-api audience.
        String token = passwordGrant(keycloak(), REALM, "admin-cli", "strateg");

        assertRefusedByTheGateway(writeWith("Bearer " + token));
    }

    @Test
    void shouldRefuseGarbageAsAToken() {
        assertRefusedByTheGateway(writeWith("Bearer garbage"));
    }

    @Test
    void shouldPassAGoodTokenOnForTheServiceToDecide() {
        writeWith(Tokens.bearer("bun")).statusCode(403);
    }

    @Test
    void shouldServeOpenDataWithoutAToken() {
        given().when().get("/goals/v1/goal-areas")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseAnAnonymousWriteWithAChallenge() {
        given().contentType(ContentType.JSON).body("{\"code\": \"ANON\", \"name\": \"Anonym\", \"kind\": \"BOARD\"}")
                .when().post("/goals/v1/org-units")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"malstyrning\""));
    }

    @Test
    void shouldEchoTheCallersRequestId() {
        given().header("X-Request-Id", "front-door-test-1").when().get("/goals/v1/goal-areas")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("front-door-test-1"));
    }

    @Test
    void shouldAnswerABurstBeyondTheClientsLimitWith429() {
        createClient(BURST_CLIENT, "{}");
        String token = "Bearer " + passwordGrant(keycloak(), REALM, BURST_CLIENT, "reader");
        List<Integer> statuses = IntStream.range(0, 2 * BURST_LIMIT)
                .mapToObj(i -> given().header("Authorization", token).when().get("/goals/v1/goal-areas").statusCode())
                .toList();

        assertThat(statuses.stream().filter(status -> status == 200).count(), greaterThanOrEqualTo((long) BURST_LIMIT));
        given().header("Authorization", token)
                .when().get("/goals/v1/goal-areas")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:malstyrning:problem:too-many-requests"));
    }

    @Test
    void shouldAnswerAConditionalReadAndADeletionWithoutABodyToAStrictClient() {
        String goal = Api.demoGoal("KF1");
        String etag = given().get("/goals/v1/goals/" + goal).then().statusCode(200).extract().header("ETag");
        String target = Api.office().body(Api.targetBody(goal, Api.indicator())).post("/indicators/v1/targets")
                .then().statusCode(201).extract().path("id");
        String targetEtag = Api.etag("/indicators/v1/targets/" + target);
        for (URI server : List.of(RunningSuite.suite().gatewayUrl(), RunningSuite.suite().serviceUrl(Service.GOALS))) {
            try (StrictHttp1Client connection = StrictHttp1Client.connect(server)) {
                assertBodiless(connection, connection.send("GET", "/goals/v1/goals/" + goal, null, "If-None-Match", etag), 304);
                assertBodiless(connection, connection.send("HEAD", "/goals/v1/goals/" + goal, null), 200);
                StrictHttp1Client.Response next = connection.send("GET", "/goals/v1/goals/" + goal, null);
                assertThat(next.status(), equalTo(200));
                assertThat(next.bodyText(), startsWith("{"));
            }
        }
        try (StrictHttp1Client connection = StrictHttp1Client.connect(RunningSuite.suite().gatewayUrl())) {
            assertBodiless(connection, connection.send("DELETE", "/indicators/v1/targets/" + target, null,
                    "Authorization", Tokens.bearer("strateg"), "If-Match", targetEtag), 204);
            assertThat(connection.send("GET", "/goals/v1/goals/" + goal, null).status(), equalTo(200));
        }
    }

    @Test
    void shouldAnswer503WhileAServiceIsDownAndRecoverWhenItIsBack() {
        RunningSuite.suite().stop(Service.INDICATORS);
        try {
            given().when().get("/indicators/v1/indicators")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("type", equalTo("urn:malstyrning:problem:dependency-unavailable"))
                    .body("instance", equalTo("/indicators/v1/indicators"));
        } finally {
            RunningSuite.suite().restart(Service.INDICATORS);
        }
        given().when().get("/indicators/v1/indicators").then().statusCode(200);
    }
}
