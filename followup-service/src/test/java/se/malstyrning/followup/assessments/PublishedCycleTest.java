package se.malstyrning.followup.assessments;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.TestBoard;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.malstyrning.followup.assessments.AssessmentFixture.body;
import static se.malstyrning.followup.assessments.AssessmentFixture.cycle;
import static se.malstyrning.followup.assessments.AssessmentFixture.measuredGoal;
import static se.malstyrning.followup.assessments.AssessmentFixture.review;
import static se.malstyrning.followup.assessments.AssessmentFixture.submit;
import static se.malstyrning.followup.cycles.CycleFixture.PATH;

/** A follow-up cycle is published, and listed without a token, once one of its assessments is approved. */
@QuarkusTest
class PublishedCycleTest {

    private static List<String> anonymousCycleIds() {
        return given().queryParam("limit", 500).when().get(PATH).then().statusCode(200).extract().path("items.id");
    }

    @Test
    void shouldListAPublishedCycleWithTheLinkToItsReportWithoutAToken() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        String id = submit(board.token(), cycleId, body(measuredGoal("BUN1", board.code()), board.unit(), "ACHIEVED"))
                .statusCode(201).extract().path("id");
        review(cycleId, id, "approve", null).statusCode(200);

        org.hamcrest.MatcherAssert.assertThat(anonymousCycleIds(), hasItem(cycleId));
        given().when().get(PATH + "/" + cycleId)
                .then().statusCode(200)
                .body("reportUrl", equalTo("https://malstyrning.test/followup/v1/reports/goal-fulfilment?cycleId=" + cycleId));
        given().when().get("/followup/v1/reports/goal-fulfilment?cycleId=" + cycleId).then().statusCode(200);
    }

    @Test
    void shouldKeepACycleWithoutApprovedAssessmentsFromAnonymousCallers() {
        TestBoard board = TestBoard.fresh();
        String cycleId = cycle();
        submit(board.token(), cycleId, body(measuredGoal("BUN1", board.code()), board.unit(), "ACHIEVED")).statusCode(201);

        org.hamcrest.MatcherAssert.assertThat(anonymousCycleIds(), not(hasItem(cycleId)));
        given().when().get(PATH + "/" + cycleId).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.reader()).when().get(PATH + "/" + cycleId)
                .then().statusCode(200)
                .body("id", equalTo(cycleId));
    }
}
