package se.malstyrning.followup.assessments;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.followup.TestBoard;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static se.malstyrning.followup.assessments.AssessmentFixture.body;
import static se.malstyrning.followup.assessments.AssessmentFixture.cycle;
import static se.malstyrning.followup.assessments.AssessmentFixture.measuredGoal;
import static se.malstyrning.followup.assessments.AssessmentFixture.review;
import static se.malstyrning.followup.assessments.AssessmentFixture.submit;
import static se.malstyrning.followup.cycles.CycleFixture.PATH;

@QuarkusTest
class AssessmentResourceTest {

    @Test
    void shouldSnapshotTheFulfilmentAsOfTheCyclesYear() {
        int year = se.malstyrning.followup.risks.RiskFixture.freshYear();
        String cycleId = se.malstyrning.followup.cycles.CycleFixture.open("ANNUAL", year).statusCode(201).extract().path("id");
        UUID goal = measuredGoal("KF2");

        submit(TestTokens.strategist(), cycleId, body(goal, OwnersStub.orgUnit(se.malstyrning.followup.consultations.ConsultationFixture.freshCode()), "ACHIEVED"))
                .statusCode(201).body("fulfilmentSnapshot.status", equalTo("PARTLY_ACHIEVED"));
        OwnersStub.server().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/indicators/v1/goals/" + goal + "/fulfilment"))
                .withQueryParam("period", com.github.tomakehurst.wiremock.client.WireMock.equalTo(Integer.toString(year))));
    }

    @Test
    void shouldKeepASnapshotOfTheComputedFulfilmentAtSubmission() {
        TestBoard board = TestBoard.fresh();
        submit(board.token(), cycle(), body(measuredGoal("BUN1", board.code()), board.unit(), "PARTLY_ACHIEVED"))
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("fulfilmentSnapshot.status", equalTo("PARTLY_ACHIEVED"))
                .body("fulfilmentSnapshot.targets[0].indicatorCode", equalTo("N15428"))
                .body("fulfilmentSnapshot.targets[0].latest.value", equalTo(76.4f));
    }

    @Test
    void shouldForbidAssessingForAnotherBoard() {
        TestBoard other = TestBoard.fresh();
        submit(TestBoard.fresh().token(), cycle(), body(measuredGoal("BUN1", other.code()), other.unit(), "ACHIEVED")).statusCode(403);
    }

    @Test
    void shouldForbidABoardEditorToAssessAnotherBoardsGoalForItsOwnBoard() {
        TestBoard board = TestBoard.fresh();
        TestBoard other = TestBoard.fresh();
        String cycleId = cycle();
        submit(board.token(), cycleId, body(measuredGoal("SN1", other.code()), board.unit(), "ACHIEVED"))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(other.code()));
        given().header("Authorization", TestTokens.reader())
                .when().get(PATH + "/" + cycleId + "/assessments")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldRefuseASecondAssessmentOfTheGoalByTheBoard() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        UUID goal = measuredGoal("BUN1", board.code());
        submit(board.token(), cycleId, body(goal, board.unit(), "ACHIEVED")).statusCode(201);
        submit(board.token(), cycleId, body(goal, board.unit(), "NOT_ACHIEVED"))
                .statusCode(409).body("errors.field", contains("goalId"));
    }

    @Test
    void shouldAnswer503AndWriteNothingWhenIndicatorsServiceIsDown() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        UUID goal = OwnersStub.goal("BUN2", board.code());
        OwnersStub.fulfilmentFails(goal);
        submit(board.token(), cycleId, body(goal, board.unit(), "ACHIEVED"))
                .statusCode(503).header("Retry-After", notNullValue());
        given().header("Authorization", TestTokens.reader())
                .when().get(PATH + "/" + cycleId + "/assessments")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldReturnAnAssessmentAndTakeItRevisedWithHistory() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        UUID goal = measuredGoal("BUN1", board.code());
        String id = submit(board.token(), cycleId, body(goal, board.unit(), "ACHIEVED")).statusCode(201)
                .extract().path("id");
        review(cycleId, id, "return", "Komplettera med analys per målgrupp.").statusCode(200)
                .body("status", equalTo("RETURNED"));
        given().header("Authorization", board.token()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(body(goal, board.unit(), "PARTLY_ACHIEVED"))
                .when().put(PATH + "/" + cycleId + "/assessments/" + id)
                .then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("revision", equalTo(2));
        review(cycleId, id, "approve", null).statusCode(200).body("status", equalTo("APPROVED"));

        given().header("Authorization", TestTokens.reader())
                .when().get(PATH + "/" + cycleId + "/assessments/" + id + "/revisions")
                .then().statusCode(200)
                .body("items.status", contains("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED"))
                .body("items.judgement", contains("ACHIEVED", "ACHIEVED", "PARTLY_ACHIEVED", "PARTLY_ACHIEVED"));
    }

    @Test
    void shouldRefuseToReviseAnApprovedAssessment() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        UUID goal = measuredGoal("BUN1", board.code());
        String id = submit(board.token(), cycleId, body(goal, board.unit(), "ACHIEVED")).statusCode(201)
                .extract().path("id");
        review(cycleId, id, "approve", null).statusCode(200);
        given().header("Authorization", board.token()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(body(goal, board.unit(), "NOT_ACHIEVED"))
                .when().put(PATH + "/" + cycleId + "/assessments/" + id)
                .then().statusCode(409);
    }

    @Test
    void shouldRequireACommentToReturnAnAssessment() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        String id = submit(board.token(), cycleId, body(measuredGoal("BUN1", board.code()), board.unit(), "ACHIEVED")).statusCode(201)
                .extract().path("id");
        review(cycleId, id, "return", null).statusCode(400).body("errors.field", contains("comment"));
    }

    @Test
    void shouldRefuseALinkToAnActivityThatDoesNotExist() {
        TestBoard board = TestBoard.fresh();
        String body = body(measuredGoal("BUN1", board.code()), board.unit(), "ACHIEVED")
                .replace("\"judgement\"", "\"activityIds\": [\"" + UUID.randomUUID() + "\"], \"judgement\"");
        submit(board.token(), cycle(), body).statusCode(422).body("errors.field", contains("activityIds[0]"));
    }

    @Test
    void shouldForbidABoardEditorToApprove() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        String id = submit(board.token(), cycleId, body(measuredGoal("BUN1", board.code()), board.unit(), "ACHIEVED")).statusCode(201)
                .extract().path("id");
        given().header("Authorization", board.token()).contentType(ContentType.JSON).body("{}")
                .when().post(PATH + "/" + cycleId + "/assessments/" + id + "/approve")
                .then().statusCode(403);
    }
}
