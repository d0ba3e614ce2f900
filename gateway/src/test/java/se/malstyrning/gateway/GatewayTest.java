package se.malstyrning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

@SuppressWarnings("removal")
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
@QuarkusTestResource(RealmStub.class)
class GatewayTest {

    @TestHTTPResource("/followup/v1/cases")
    URI cases;

    /** Prometheus' address: /q/metrics on the management interface (its root is /q), not the public port. */
    @TestHTTPResource(value = "/metrics", management = true)
    URI metrics;

    @BeforeEach
    void resetUpstream() {
        UpstreamStub.server.resetAll();
    }

    @Test
    void shouldPassAReadToTheOwningServiceUnchanged() {
        UpstreamStub.server.stubFor(get(urlEqualTo("/goals/v1/org-units?limit=5"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"3\"").withBody("{\"items\":[],\"total\":0}")));

        given().queryParam("limit", 5).when().get("/goals/v1/org-units")
                .then().statusCode(200)
                .header("ETag", "\"3\"")
                .body("total", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void shouldPassAWriteWithItsBodyAndToken() {
        UpstreamStub.server.stubFor(post(urlEqualTo("/followup/v1/cases"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));

        String token = RealmStub.bearer("writer");
        given().header("Authorization", token).contentType("application/json").body("{\"title\":\"Mål\"}")
                .when().post("/followup/v1/cases")
                .then().statusCode(201);

        UpstreamStub.server.verify(postRequestedFor(urlEqualTo("/followup/v1/cases"))
                .withHeader("Authorization", equalTo(token))
                .withRequestBody(equalTo("{\"title\":\"Mål\"}")));
    }

    @Test
    void shouldPassTheUpstreamsProblemResponseThrough() {
        UpstreamStub.server.stubFor(get(urlPathEqualTo("/indicators/v1/indicators/x"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"title\":\"Not found\"}")));

        given().when().get("/indicators/v1/indicators/x")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldPassAnHttp2BodyOfUnknownLengthOnChunked() throws Exception {
        UpstreamStub.server.stubFor(get(urlEqualTo("/followup/v1/cases")).willReturn(aResponse().withStatus(200)));
        UpstreamStub.server.stubFor(post(urlEqualTo("/followup/v1/cases"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String token = RealmStub.bearer("writer");
        // The first request upgrades the connection to HTTP/2; the second streams a body without a length on it.
        assertEquals(HttpClient.Version.HTTP_2, http2.send(HttpRequest.newBuilder(cases).build(),
                HttpResponse.BodyHandlers.discarding()).version());

        HttpResponse<String> created = http2.send(HttpRequest.newBuilder(cases)
                        .header("Authorization", token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                                new ByteArrayInputStream("{\"title\":\"Mål\"}".getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(HttpClient.Version.HTTP_2, created.version());
        assertEquals(201, created.statusCode(), created.body());
        UpstreamStub.server.verify(postRequestedFor(urlEqualTo("/followup/v1/cases"))
                .withRequestBody(equalTo("{\"title\":\"Mål\"}")));
    }

    @Test
    void shouldCountProxiedRequestsPerApiRatherThanPerAddress() {
        UpstreamStub.server.stubFor(get(urlPathEqualTo("/goals/v1/goals/metered-1")).willReturn(aResponse().withStatus(200)));
        UpstreamStub.server.stubFor(get(urlPathEqualTo("/goals/v1/goals/metered-2")).willReturn(aResponse().withStatus(200)));
        given().when().get("/goals/v1/goals/metered-1").then().statusCode(200);
        given().when().get("/goals/v1/goals/metered-2").then().statusCode(200);

        given().when().get(metrics.toString())
                .then().statusCode(200)
                .body(containsString("uri=\"/goals/v1/{path}\""))
                .body(org.hamcrest.Matchers.not(containsString("metered-1")));
    }

    @Test
    void shouldCountKoladaApiRequestsAsOneSeriesWhateverTheirPath() {
        UpstreamStub.answerEverything();
        given().when().get("/indicators/kolada/v3/kpi/N15033kolada").then().statusCode(200);
        given().when().get("/indicators/kolada/v3/no-such-route-kolada1").then().statusCode(200);
        UpstreamStub.server.stubFor(get(urlPathEqualTo("/indicators/kolada/v3/missing-kolada2")).willReturn(aResponse().withStatus(404)));
        given().when().get("/indicators/kolada/v3/missing-kolada2").then().statusCode(404);

        given().when().get(metrics.toString())
                .then().statusCode(200)
                .body(containsString("uri=\"/indicators/kolada/v3/{path}\""))
                .body(org.hamcrest.Matchers.not(containsString("kolada1")))
                .body(org.hamcrest.Matchers.not(containsString("kolada2")))
                .body(org.hamcrest.Matchers.not(containsString("N15033kolada")));
    }

    @Test
    void shouldNotTagMetricsWithAnUnknownPath() {
        given().when().get("/no-such-place-unmetered").then().statusCode(404);
        given().when().get("/swagger-ui/no-such-file-unmetered.js").then().statusCode(404);

        given().when().get(metrics.toString())
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("unmetered")));
    }

    @Test
    void shouldNotServeMetricsOnThePublicPort() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get(metrics.toString()).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldMergeTheDocumentsOfAllServices() {
        for (String api : new String[]{"goals", "indicators", "followup"}) {
            UpstreamStub.server.stubFor(get(urlPathEqualTo("/" + api + "/v1/openapi"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                            {"openapi": "3.0.3", "info": {"title": "%1$s", "version": "1"},
                             "paths": {"/%1$s/v1/things": {"get": {"operationId": "list%1$s"}}},
                             "components": {"schemas": {"Problem": {"type": "object"},
                                                        "Thing": {"description": "%1$s"}}}}
                            """.formatted(api))));
        }

        given().when().get("/openapi")
                .then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.equalTo("3.0.3"))
                .body("paths", hasKey("/goals/v1/things"))
                .body("paths", hasKey("/indicators/v1/things"))
                .body("paths", hasKey("/followup/v1/things"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", hasKey("GoalsThing"))
                .body("components.schemas", hasKey("IndicatorsThing"));
    }

    /** Generated clients take a token from the bearer scheme; Swagger UI logs in through the OpenID Connect one. */
    @Test
    void shouldKeepTheBearerSchemeBesideOpenIdConnectInTheMergedDocument() {
        for (String api : new String[]{"goals", "indicators", "followup"}) {
            UpstreamStub.server.stubFor(get(urlPathEqualTo("/" + api + "/v1/openapi"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                            {"openapi": "3.0.3", "info": {"title": "%1$s", "version": "1"},
                             "paths": {"/%1$s/v1/things": {"post": {"operationId": "create%1$s",
                                        "security": [{"keycloak": []}, {"bearer": []}]}}},
                             "components": {"securitySchemes": {
                                 "keycloak": {"type": "openIdConnect", "openIdConnectUrl": "http://localhost:8180/realms/malstyrning/.well-known/openid-configuration"},
                                 "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}}}
                            """.formatted(api))));
        }

        given().when().get("/openapi")
                .then().statusCode(200)
                .body("components.securitySchemes.bearer.scheme", org.hamcrest.Matchers.equalTo("bearer"))
                .body("components.securitySchemes.bearer.bearerFormat", org.hamcrest.Matchers.equalTo("JWT"))
                .body("components.securitySchemes.keycloak.type", org.hamcrest.Matchers.equalTo("openIdConnect"))
                .body("paths.'/followup/v1/things'.post.security.collect { it.keySet() }.flatten()",
                        org.hamcrest.Matchers.contains("keycloak", "bearer"));
    }

    @Test
    void shouldServeSwaggerUiOverAllDocuments() {
        given().when().get("/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }
}
