package se.malstyrning.systemtest;

import io.restassured.RestAssured;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real tokens from the suite's Keycloak for the demo users (password grant of the demo-only client {@code cli}). */
final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static String bearer(String user) {
        return "Bearer " + CACHE.computeIfAbsent(user, Tokens::fetch);
    }

    private static String fetch(String user) {
        return RestAssured.given()
                .baseUri(RunningSuite.suite().keycloakUrl().toString()).port(RunningSuite.suite().keycloakUrl().getPort())
                .formParam("grant_type", "password")
                .formParam("client_id", "cli")
                .formParam("username", user)
                .formParam("password", user)
                .when().post("/realms/malstyrning/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
