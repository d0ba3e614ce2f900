package se.malstyrning.testsupport.contract;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.http.StrictHttp1Client;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.malstyrning.testsupport.contract.WriteRulesContract.assertProblem;

/**
 * The documented limits of a service: a page of at most 500 items (more, or less than one, is a
 * 400 naming {@code limit}) and a body of at most {@link #maxBodyBytes()}, whether it declares its
 * length or is sent without one (more is a 413 problem); a request line of at most 4 KiB (more is
 * a 414 problem) and header fields of at most 20 KiB (more is a 431 problem), seen on the wire.
 */
public abstract class ResourceLimitsContract {

    /** A collection any token may list, e.g. {@code /goals/v1/org-units}. */
    protected abstract String collectionPath();

    /** A JSON POST of the service, and a token allowed to send it. */
    protected abstract String postPath();

    protected abstract String bearer();

    /** The largest body of the service, as documented in the README. */
    protected abstract int maxBodyBytes();

    @Test
    void shouldRefuseAPageLargerThanTheMaximumNamingLimit() {
        Http.Answer answer = Http.ofTestedService().send("GET", collectionPath() + "?limit=501", null, null,
                "Authorization", bearer());
        assertProblem(answer, 400);
        assertEquals("limit", answer.json().path("errors").path(0).path("field").asText(), answer.body());
    }

    @Test
    void shouldServeAPageOfTheMaximumSize() {
        Http.Answer answer = Http.ofTestedService().send("GET", collectionPath() + "?limit=500", null, null,
                "Authorization", bearer());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(500, answer.json().path("limit").asInt());
    }

    @Test
    void shouldRefuseAnEmptyPageNamingLimit() {
        Http.Answer answer = Http.ofTestedService().send("GET", collectionPath() + "?limit=0", null, null,
                "Authorization", bearer());
        assertProblem(answer, 400);
        assertEquals("limit", answer.json().path("errors").path(0).path("field").asText(), answer.body());
    }

    @Test
    void shouldAnswerABodySentWithoutALengthOverTheLimitWithA413Problem() {
        assumeTrue(maxBodyBytes() <= 16 * 1024 * 1024, "a limit of bulk imports is too large to send in a test");
        byte[] padding = ("{\"title\": \"" + "x".repeat(maxBodyBytes() + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
        Http.Answer answer = Http.ofTestedService().sendStreamed("POST", postPath(), "application/json", padding,
                "Authorization", bearer());
        assertProblem(answer, 413);
        assertEquals(413, answer.json().path("status").asInt());
    }

    @Test
    void shouldAnswerABodyOverTheLimitWithA413Problem() {
        assumeTrue(maxBodyBytes() <= 16 * 1024 * 1024, "a limit of bulk imports is too large to send in a test");
        String padding = "x".repeat(maxBodyBytes() + 1);
        Http.Answer answer = Http.ofTestedService().send("POST", postPath(), "application/json",
                ("{\"title\": \"" + padding + "\"}").getBytes(StandardCharsets.UTF_8), "Authorization", bearer());
        assertProblem(answer, 413);
        assertEquals(413, answer.json().path("status").asInt());
    }

    @Test
    void shouldAnswerARequestLineOverItsLimitWithA414ProblemNamingTheLimit() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(testedService())) {
            StrictHttp1Client.Response answer = connection.send("GET", collectionPath() + "?limit=" + "1".repeat(5_000), null,
                    "Authorization", bearer());

            assertEquals(414, answer.status(), answer.bodyText());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.bodyText().contains("\"type\":\"urn:malstyrning:problem:uri-too-long\""), answer.bodyText());
            assertTrue(answer.bodyText().contains("at most 4096 bytes"), answer.bodyText());
        }
    }

    @Test
    void shouldAnswerHeaderFieldsOverTheirLimitWithA431ProblemNamingTheLimit() {
        try (StrictHttp1Client connection = StrictHttp1Client.connect(testedService())) {
            StrictHttp1Client.Response answer = connection.send("GET", collectionPath(), null,
                    "Authorization", bearer(), "X-Padding", "a".repeat(21_000));

            assertEquals(431, answer.status(), answer.bodyText());
            assertEquals("application/problem+json", answer.header("Content-Type"));
            assertTrue(answer.bodyText().contains("\"type\":\"urn:malstyrning:problem:request-header-fields-too-large\""),
                    answer.bodyText());
            assertTrue(answer.bodyText().contains("at most 20480 bytes"), answer.bodyText());
        }
    }

    private static URI testedService() {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port);
    }
}
