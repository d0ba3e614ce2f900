package se.malstyrning.goals.goal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.boardGoalJson;
import static se.malstyrning.goals.GoalFixtures.councilGoal;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.subGoalJson;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

@QuarkusTest
class GoalStructureResourceTest {

    private static String adoption(List<String> goalIds, String registrationNumber) {
        String ids = String.join("\", \"", goalIds);
        return "{\"goalIds\": [\"" + ids + "\"], \"decision\": " + GoalFixtures.decision(registrationNumber) + "}";
    }

    private static io.restassured.response.ValidatableResponse adopt(String body) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body)
                .when().post("/goals/v1/adoptions").then();
    }

    private static String status(String goalId) {
        return given().header("Authorization", TestTokens.reader()).get("/goals/v1/goals/" + goalId)
                .then().extract().path("status");
    }

    @Test
    void shouldAdoptEveryGoalOfADecision() {
        Period period = period();
        String first = councilGoal(period);
        String second = councilGoal(period);

        adopt(adoption(List.of(first, second), "KS 2019/017")).statusCode(200)
                .body("adopted", hasSize(2))
                .body("decision.paragraph", equalTo("§ 45"));
        given().get("/goals/v1/goals/" + second).then().statusCode(200).body("status", equalTo("ADOPTED"));
    }

    @Test
    void shouldLetTheFollowupServiceClientRecordAnAdoptionWithItsNarrowRoleAndNothingElse() {
        Period period = period();
        String goal = councilGoal(period);
        String followup = TestTokens.serviceClient("followup-service", "goals-service", "adopt-goals");

        given().header("Authorization", followup).get("/goals/v1/goals/" + goal).then().statusCode(404);
        given().header("Authorization", followup).contentType(ContentType.JSON)
                .body(GoalFixtures.councilGoalJson(period, GoalFixtures.area(), board()[0], uniqueCode("KF")))
                .when().post("/goals/v1/goals").then().statusCode(403);
        given().header("Authorization", followup).contentType(ContentType.JSON).body(GoalFixtures.decision("KS 2019/017"))
                .when().post("/goals/v1/goals/" + goal + "/adopt").then().statusCode(403);

        given().header("Authorization", followup).contentType(ContentType.JSON).body(adoption(List.of(goal), "KS 2019/017"))
                .when().post("/goals/v1/adoptions")
                .then().statusCode(200)
                .body("adopted", hasItem(goal));
        org.junit.jupiter.api.Assertions.assertEquals("ADOPTED", status(goal));
    }

    @Test
    void shouldRefuseTheNarrowRoleOfAnotherServicesClient() {
        String goal = councilGoal(period());

        given().header("Authorization", TestTokens.serviceClient("followup-service", "indicators-service", "adopt-goals"))
                .contentType(ContentType.JSON).body(adoption(List.of(goal), "KS 2019/017"))
                .when().post("/goals/v1/adoptions")
                .then().statusCode(403);
    }

    @Test
    void shouldAdoptNothingWhenOneGoalIsUnknown() {
        String goal = councilGoal(period());

        adopt(adoption(List.of(goal, UUID.randomUUID().toString()), "KS 2019/017")).statusCode(422)
                .body("errors.field", hasItem("goalIds[1]"));
        org.junit.jupiter.api.Assertions.assertEquals("DRAFT", status(goal));
    }

    @Test
    void shouldLinkAnAdoptedGoalToTheDecisionsRecordAtFollowupService() {
        String goal = councilGoal(period());
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        adopt("""
                {"goalIds": ["%s"], "decision": {"body": "KF", "date": "2019-05-27", "paragraph": "§ 45",
                 "registrationNumber": "KS 2019/017", "caseId": "%s", "decisionId": "%s"}}
                """.formatted(goal, caseId, decisionId)).statusCode(200);

        given().get("/goals/v1/goals/" + goal).then().statusCode(200)
                .body("decision.registrationNumber", equalTo("KS 2019/017"))
                .body("decisionUrl", equalTo("https://malstyrning.test/followup/v1/cases/" + caseId + "/decisions/" + decisionId));
    }

    @Test
    void shouldLinkARetriedAdoptionToTheDecisionsNewRecord() {
        String goal = councilGoal(period());
        UUID caseId = UUID.randomUUID();
        String first = """
                {"goalIds": ["%s"], "decision": {"body": "KF", "date": "2019-05-27", "paragraph": "§ 45",
                 "registrationNumber": "KS 2019/017", "caseId": "%s", "decisionId": "%s"}}
                """;
        adopt(first.formatted(goal, caseId, UUID.randomUUID())).statusCode(200);
        UUID recordedAgain = UUID.randomUUID();
        adopt(first.formatted(goal, caseId, recordedAgain)).statusCode(200);

        given().get("/goals/v1/goals/" + goal).then().statusCode(200)
                .body("decisionUrl", equalTo("https://malstyrning.test/followup/v1/cases/" + caseId + "/decisions/" + recordedAgain));
    }

    @Test
    void shouldAcceptTheSameAdoptionAgainSoThatARetryIsSafe() {
        String goal = councilGoal(period());
        adopt(adoption(List.of(goal), "KS 2019/017")).statusCode(200);

        adopt(adoption(List.of(goal), "KS 2019/017")).statusCode(200).body("adopted", hasItem(goal));
    }

    @Test
    void shouldRefuseToAdoptAGoalAdoptedByAnotherDecision() {
        String goal = councilGoal(period());
        adopt(adoption(List.of(goal), "KS 2019/017")).statusCode(200);

        adopt(adoption(List.of(goal), "KS 2019/999")).statusCode(409);
    }

    @Test
    void shouldForbidABoardEditorToAdopt() {
        String goal = councilGoal(period());
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body(adoption(List.of(goal), "KS 2019/017"))
                .when().post("/goals/v1/adoptions")
                .then().statusCode(403);
    }

    @Test
    void shouldCarryTheAdoptedStructureOverAsLinkedDrafts() {
        Period from = period();
        Period to = period();
        String[] board = board();
        String councilGoal = councilGoal(from);
        String boardGoal = post(TestTokens.strategist(), "/goals/v1/goals",
                boardGoalJson(from, List.of(councilGoal), board[0], uniqueCode("BG")));
        String subGoal = post(TestTokens.strategist(), "/goals/v1/goals",
                subGoalJson(from, boardGoal, from.startYear() + 1, board[0], uniqueCode("SG")));
        adopt(adoption(List.of(councilGoal, boardGoal, subGoal), "KS 2019/017")).statusCode(200);

        List<java.util.Map<String, Object>> copies = given().header("Authorization", TestTokens.strategist())
                .contentType(ContentType.JSON)
                .body("{\"fromMandatePeriodId\": \"" + from.id() + "\", \"toMandatePeriodId\": \"" + to.id() + "\"}")
                .when().post("/goals/v1/carry-overs")
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("DRAFT")))
                .extract().path("");
        org.junit.jupiter.api.Assertions.assertEquals(3, copies.size());
        var boardCopy = copies.stream().filter(copy -> boardGoal.equals(copy.get("carriedOverFromId"))).findFirst().orElseThrow();
        var councilCopy = copies.stream().filter(copy -> councilGoal.equals(copy.get("carriedOverFromId"))).findFirst().orElseThrow();
        var subCopy = copies.stream().filter(copy -> subGoal.equals(copy.get("carriedOverFromId"))).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(councilCopy.get("id")), boardCopy.get("contributesTo"));
        org.junit.jupiter.api.Assertions.assertEquals(boardCopy.get("id"), subCopy.get("parentGoalId"));
        org.junit.jupiter.api.Assertions.assertEquals(to.startYear() + 1, subCopy.get("budgetYear"));
    }
}
