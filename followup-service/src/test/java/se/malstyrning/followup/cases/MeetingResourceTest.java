package se.malstyrning.followup.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static se.malstyrning.followup.cases.CaseFixture.openCase;

@QuarkusTest
class MeetingResourceTest {

    private static ValidatableResponse plan(String token, String caseId, String step, String date) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"step\": \"%s\", \"date\": \"%s\"}".formatted(step, date))
                .when().post("/followup/v1/cases/" + caseId + "/meetings").then();
    }

    @Test
    void shouldListTheMeetingsOfTheCaseInDateOrder() {
        String caseId = openCase();
        plan(TestTokens.strategist(), caseId, "KS", "2019-06-04").statusCode(201);
        plan(TestTokens.strategist(), caseId, "AU", "2019-05-22").statusCode(201);
        plan(TestTokens.strategist(), caseId, "KF", "2019-06-24").statusCode(201);
        given().header("Authorization", TestTokens.reader())
                .when().get("/followup/v1/cases/" + caseId + "/meetings")
                .then().statusCode(200)
                .body("items.step", contains("AU", "KS", "KF"));
    }

    @Test
    void shouldListOnlyTheMeetingsThatTookPlaceWithoutAToken() {
        String caseId = openCase();
        plan(TestTokens.strategist(), caseId, "AU", "2019-05-22").statusCode(201);
        plan(TestTokens.strategist(), caseId, "KS", java.time.LocalDate.now().plusYears(1).toString()).statusCode(201);
        given().when().get("/followup/v1/cases/" + caseId + "/meetings")
                .then().statusCode(200)
                .body("items.step", contains("AU"));
        given().header("Authorization", TestTokens.reader()).when().get("/followup/v1/cases/" + caseId + "/meetings")
                .then().statusCode(200)
                .body("items.step", contains("AU", "KS"));
    }

    @Test
    void shouldRefuseAMeetingOutOfThePathOrder() {
        String caseId = openCase();
        plan(TestTokens.strategist(), caseId, "KS", "2019-06-04").statusCode(201);
        plan(TestTokens.strategist(), caseId, "KF", "2019-05-27")
                .statusCode(422)
                .body("errors.field", contains("date"));
    }

    @Test
    void shouldRefuseAStepOutsideThePath() {
        plan(TestTokens.strategist(), openCase(), "BUN", "2019-06-04")
                .statusCode(400)
                .body("errors.field", contains("step"));
    }

    @Test
    void shouldAnswer404ForMeetingsOfAnUnknownCase() {
        plan(TestTokens.strategist(), UUID.randomUUID().toString(), "KS", "2019-06-04").statusCode(404);
    }

    @Test
    void shouldForbidABoardEditorToPlanAMeeting() {
        plan(TestTokens.boardEditor("bun", "BUN"), openCase(), "KS", "2019-06-04").statusCode(403);
    }
}
