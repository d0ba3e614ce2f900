package se.malstyrning.followup.assessments;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static se.malstyrning.followup.cycles.CycleFixture.PATH;
import static se.malstyrning.followup.cycles.CycleFixture.open;
import static se.malstyrning.followup.risks.RiskFixture.freshYear;

/** Cycles, goals and assessments made through the API (and the faked owners) for tests. */
public final class AssessmentFixture {

    private AssessmentFixture() {
    }

    public static String cycle() {
        return open("ANNUAL", freshYear()).statusCode(201).extract().path("id");
    }

    /** A council goal goals-service knows, with a computed fulfilment at indicators-service. */
    public static UUID measuredGoal(String code) {
        return measuredGoal(code, "KF");
    }

    /** A goal of the org unit goals-service knows, with a computed fulfilment at indicators-service. */
    public static UUID measuredGoal(String code, String ownerOrgUnitCode) {
        UUID goal = OwnersStub.goal(code, ownerOrgUnitCode);
        OwnersStub.fulfilment(goal, "PARTLY_ACHIEVED");
        return goal;
    }

    public static String body(UUID goal, UUID unit, String judgement) {
        return """
                {"goalId": "%s", "orgUnitId": "%s", "judgement": "%s",
                 "analysis": "Andelen behöriga lärare ökar men når inte önskat värde.",
                 "targetGroupEffects": "Elever med annat modersmål får mer studiehandledning."}
                """.formatted(goal, unit, judgement);
    }

    public static ValidatableResponse submit(String token, String cycleId, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(PATH + "/" + cycleId + "/assessments").then();
    }

    public static ValidatableResponse review(String cycleId, String id, String action, String comment) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}")
                .when().post(PATH + "/" + cycleId + "/assessments/" + id + "/" + action).then();
    }
}
