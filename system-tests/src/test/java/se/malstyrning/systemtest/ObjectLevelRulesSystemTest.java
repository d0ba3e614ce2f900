package se.malstyrning.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.hamcrest.Matchers.equalTo;
import static se.malstyrning.systemtest.Api.*;

/**
 * A board editor acts only for its own board, whatever its role allows in general: {@code bun}
 * (Barn- och utbildningsnämnden) against goals, answers and risks of {@code SN} (Socialnämnden),
 * and the same writes for its own board as the control.
 */
@ExtendWith(RunningSuite.class)
class ObjectLevelRulesSystemTest {

    private static final String GOALS = "/goals/v1/goals/";

    @Test
    void shouldRefuseABoardEditorToCreateAGoalForAnotherBoard() {
        as("bun").body(boardGoalBody("SN")).post("/goals/v1/goals")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABoardEditorToChangeAnotherBoardsGoal() {
        String goal = draftBoardGoal("SN");
        String changed = boardGoalBody("SN").replace("Nämndens mål (systemtest)", "Ändrat av fel nämnd");

        as("bun").header("If-Match", etag(GOALS + goal)).body(changed).put(GOALS + goal)
                .then().statusCode(403);

        office().get(GOALS + goal).then().statusCode(200).body("title", equalTo("Nämndens mål (systemtest)"));
    }

    @Test
    void shouldRefuseABoardEditorToMoveItsGoalToAnotherBoard() {
        String goal = draftBoardGoal("BUN");
        String moved = boardGoalBody("SN");

        as("bun").header("If-Match", etag(GOALS + goal)).body(moved).put(GOALS + goal)
                .then().statusCode(403);
    }

    @Test
    void shouldLetABoardEditorChangeItsOwnBoardsGoal() {
        String goal = draftBoardGoal("BUN");
        String changed = boardGoalBody("BUN").replace("Nämndens mål (systemtest)", "Ändrat av nämnden själv");

        as("bun").header("If-Match", etag(GOALS + goal)).body(changed).put(GOALS + goal)
                .then().statusCode(200).body("title", equalTo("Ändrat av nämnden själv"));
    }

    @Test
    void shouldRefuseABoardEditorToProposeAnotherBoardsGoal() {
        String goal = draftBoardGoal("SN");

        as("bun").post(GOALS + goal + "/propose").then().statusCode(403);
        office().get(GOALS + goal).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldRefuseABoardEditorToSetATargetForAnotherBoardsGoal() {
        String goal = draftBoardGoal("SN");

        as("bun").body(targetBody(goal, indicator())).post("/indicators/v1/targets")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnAnswerFromAnotherBoard() {
        String consultation = sentConsultation("BUN", "SN");

        as("bun").body(answerBody("SN")).post("/followup/v1/consultations/" + consultation + "/responses")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldLetABoardEditorAnswerForItsOwnBoard() {
        String consultation = sentConsultation("BUN", "SN");

        as("bun").body(answerBody("BUN")).post("/followup/v1/consultations/" + consultation + "/responses")
                .then().statusCode(201).body("orgUnitCode", equalTo("BUN"));
    }

    @Test
    void shouldRefuseABoardEditorToReviseAnotherBoardsAnswer() {
        String consultation = sentConsultation("BUN", "SN");
        String responses = "/followup/v1/consultations/" + consultation + "/responses/";
        String answer = as("sn").body(answerBody("SN")).post(responses).then().statusCode(201).extract().path("id");

        as("bun").header("If-Match", etag(responses + answer))
                .body("{\"position\": \"OPPOSES\", \"text\": \"Ändrat av fel nämnd.\"}")
                .put(responses + answer)
                .then().statusCode(403);
    }

    @Test
    void shouldHideAnotherBoardsAnswerFromABoardEditor() {
        String consultation = sentConsultation("BUN", "SN");
        String responses = "/followup/v1/consultations/" + consultation + "/responses/";
        String answer = as("sn").body(answerBody("SN")).post(responses).then().statusCode(201).extract().path("id");

        as("bun").get(responses + answer).then().statusCode(403);
    }

    @Test
    void shouldHideAConsultationNotAddressedToTheBoard() {
        String consultation = sentConsultation("SN");

        as("bun").get("/followup/v1/consultations/" + consultation).then().statusCode(403);
        as("bun").body(answerBody("BUN")).post("/followup/v1/consultations/" + consultation + "/responses")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseABoardEditorToRecordARiskOfAnotherBoard() {
        as("bun").body(riskBody("SN")).post("/followup/v1/risks")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABoardEditorToChangeAnotherBoardsRisk() {
        String risk = risk("SN");

        as("bun").header("If-Match", etag("/followup/v1/risks/" + risk))
                .body(riskBody("SN").replace("\"probability\": 3", "\"probability\": 1"))
                .put("/followup/v1/risks/" + risk)
                .then().statusCode(403);

        office().get("/followup/v1/risks/" + risk).then().statusCode(200).body("probability", equalTo(3));
    }

    @Test
    void shouldLetABoardEditorChangeItsOwnBoardsRisk() {
        String risk = risk("BUN");

        as("bun").header("If-Match", etag("/followup/v1/risks/" + risk))
                .body(riskBody("BUN").replace("\"probability\": 3", "\"probability\": 1"))
                .put("/followup/v1/risks/" + risk)
                .then().statusCode(200).body("probability", equalTo(1));
    }

    @Test
    void shouldRefuseABoardEditorToAssessForAnotherBoard() {
        String cycle = cycle();

        as("bun").body(assessmentBody(demoGoal("SN1"), "SN"))
                .post("/followup/v1/follow-up-cycles/" + cycle + "/assessments")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseABoardEditorToRunAnActivityOfAnotherBoard() {
        as("bun").body(activityBody("SN")).post("/followup/v1/activities").then().statusCode(403);
    }
}
