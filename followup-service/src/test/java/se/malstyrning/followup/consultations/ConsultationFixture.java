package se.malstyrning.followup.consultations;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.malstyrning.testsupport.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Consultations made through the API for tests, each with data of its own. */
public final class ConsultationFixture {

    public static final String PATH = "/followup/v1/consultations";

    private ConsultationFixture() {
    }

    /** An org unit code no other test uses. */
    public static String freshCode() {
        StringBuilder code = new StringBuilder("N");
        for (int i = 0; i < 7; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    public static String body(List<UUID> recipients, List<UUID> goals, LocalDate replyDate) {
        return """
                {"subject": "Remiss: definition av måluppfyllelse", "description": "Ambitionsnivå och inriktning mot 2030",
                 "goalIds": [%s], "attachments": [{"title": "Förslag", "url": "https://www.vaggeryd.se/remiss.pdf"}],
                 "replyDate": %s, "recipientOrgUnitIds": [%s]}
                """.formatted(quoted(goals), replyDate == null ? "null" : "\"" + replyDate + "\"", quoted(recipients));
    }

    public static ValidatableResponse postDraft(String body) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then();
    }

    public static String draft(List<UUID> recipients, List<UUID> goals) {
        return postDraft(body(recipients, goals, LocalDate.now().plusDays(30))).statusCode(201).extract().path("id");
    }

    public static String sent(List<UUID> recipients, List<UUID> goals) {
        String id = draft(recipients, goals);
        transition(id, "send").statusCode(200);
        return id;
    }

    public static ValidatableResponse transition(String id, String action) {
        return given().header("Authorization", TestTokens.strategist())
                .when().post(PATH + "/" + id + "/" + action).then();
    }

    public static ValidatableResponse answer(String token, String consultationId, UUID orgUnitId, String position,
                                      String goalComments) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("""
                        {"orgUnitId": "%s", "position": "%s", "text": "Nämnden har behandlat remissen.",
                         "goalComments": [%s]}
                        """.formatted(orgUnitId, position, goalComments))
                .when().post(PATH + "/" + consultationId + "/responses").then();
    }

    public static String goalComment(UUID goalId, String comment) {
        return "{\"goalId\": \"%s\", \"comment\": \"%s\"}".formatted(goalId, comment);
    }

    private static String quoted(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }
}
