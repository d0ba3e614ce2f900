package se.malstyrning.goals.goal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.boardGoalJson;
import static se.malstyrning.goals.GoalFixtures.councilGoal;
import static se.malstyrning.goals.GoalFixtures.councilGoalJson;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.subGoalJson;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

@QuarkusTest
class GoalResourceTest {

    private static io.restassured.specification.RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    @Test
    void shouldRefuseAnUnknownStatusInTheQueryNamingTheParameterAndTheAllowedValues() {
        given().queryParam("status", "FOO").when().get("/goals/v1/goals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("ADOPTED"));
    }

    @Test
    void shouldKeepADraftFromAnonymousReaders() {
        String id = councilGoal(period());

        given().when().get("/goals/v1/goals/" + id).then().statusCode(404);
        as(TestTokens.reader()).when().get("/goals/v1/goals/" + id)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("sdgTargets", hasItem("11.3"));
    }

    @Test
    void shouldKeepADraftFromATokenWithoutARole() {
        String id = councilGoal(period());

        as(TestTokens.bearer("integration-without-role", Set.of(), Set.of())).when().get("/goals/v1/goals/" + id)
                .then().statusCode(404);
    }

    @Test
    void shouldPublishAnAdoptedGoalWithItsDecision() {
        String id = councilGoal(period());
        GoalFixtures.adopt(id);

        given().when().get("/goals/v1/goals/" + id)
                .then().statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("decision.registrationNumber", equalTo("KS 2019/017"));
    }

    @Test
    void shouldRefuseABoardGoalThatContributesToNoCouncilGoal() {
        Period period = period();
        as(TestTokens.strategist()).body(boardGoalJson(period, List.of(), board()[0], uniqueCode("BG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("contributesTo"));
    }

    @Test
    void shouldRefuseAnUnknownParentNamingTheField() {
        Period period = period();
        as(TestTokens.strategist()).body(subGoalJson(period, UUID.randomUUID().toString(), period.startYear(), board()[0], uniqueCode("SG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(422)
                .body("errors.field", hasItem("parentGoalId"));
    }

    @Test
    void shouldRefuseASubGoalOutsideItsMandatePeriod() {
        Period period = period();
        String[] board = board();
        String boardGoal = post(TestTokens.strategist(), "/goals/v1/goals",
                boardGoalJson(period, List.of(councilGoal(period)), board[0], uniqueCode("BG")));

        as(TestTokens.strategist()).body(subGoalJson(period, boardGoal, period.endYear() + 1, board[0], uniqueCode("SG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(422)
                .body("errors.field", hasItem("budgetYear"));
    }

    @Test
    void shouldRefuseASubGoalUnderACouncilGoal() {
        Period period = period();
        as(TestTokens.strategist()).body(subGoalJson(period, councilGoal(period), period.startYear(), board()[0], uniqueCode("SG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(422)
                .body("errors.field", hasItem("parentGoalId"));
    }

    @Test
    void shouldRefuseADuplicateCodeInAMandatePeriod() {
        Period period = period();
        String code = uniqueCode("KF");
        String area = GoalFixtures.area();
        String owner = board()[0];
        post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, owner, code));

        as(TestTokens.strategist()).body(councilGoalJson(period, area, owner, code))
                .when().post("/goals/v1/goals")
                .then().statusCode(409)
                .body("errors.field", hasItem("code"));
    }

    @Test
    void shouldRefuseAnAgenda2030TargetThatDoesNotExist() {
        Period period = period();
        as(TestTokens.strategist())
                .body(councilGoalJson(period, GoalFixtures.area(), board()[0], uniqueCode("KF")).replace("\"8.5\"", "\"18.1\""))
                .when().post("/goals/v1/goals")
                .then().statusCode(422)
                .body("errors.field", hasItem("sdgTargets[1]"));
    }

    @Test
    void shouldRefuseMoreAgenda2030TargetsThanTheDocumentedMaximumNamingTheField() {
        Period period = period();
        String targets = String.join(", ", java.util.Collections.nCopies(33_000, "\"11.3\""));
        as(TestTokens.strategist())
                .body(councilGoalJson(period, GoalFixtures.area(), board()[0], uniqueCode("KF"))
                        .replace("[\"11.3\", \"8.5\"]", "[" + targets + "]"))
                .when().post("/goals/v1/goals")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("sdgTargets"));
    }

    @Test
    void shouldRefuseAChangeMadeAgainstAStaleVersion() {
        Period period = period();
        String area = GoalFixtures.area();
        String owner = board()[0];
        String code = uniqueCode("KF");
        String id = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, owner, code));
        String changed = councilGoalJson(period, area, owner, code).replace("hållbar tillväxt", "hållbar utveckling");
        as(TestTokens.strategist()).header("If-Match", "\"0\"").body(changed).put("/goals/v1/goals/" + id).then().statusCode(200);

        as(TestTokens.strategist()).header("If-Match", "\"0\"").body(changed.replace("utveckling", "förlorad ändring"))
                .when().put("/goals/v1/goals/" + id)
                .then().statusCode(412);
    }

    @Test
    void shouldAnswerAReadWithAStaleIfMatchWithAProblemDocument() {
        String id = councilGoal(period());

        as(TestTokens.reader()).header("If-Match", "\"41\"").when().get("/goals/v1/goals/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("instance", equalTo("/goals/v1/goals/" + id));
        as(TestTokens.reader()).header("If-Match", "\"0\"").when().get("/goals/v1/goals/" + id).then().statusCode(200);
    }

    @Test
    void shouldRequireTheVersionAChangeWasMadeAgainst() {
        Period period = period();
        String area = GoalFixtures.area();
        String owner = board()[0];
        String code = uniqueCode("KF");
        String id = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, owner, code));

        as(TestTokens.strategist()).body(councilGoalJson(period, area, owner, code))
                .when().put("/goals/v1/goals/" + id)
                .then().statusCode(428);
    }

    @Test
    void shouldNeverEditAnAdoptedGoalInPlace() {
        Period period = period();
        String area = GoalFixtures.area();
        String owner = board()[0];
        String code = uniqueCode("KF");
        String id = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, owner, code));
        GoalFixtures.adopt(id);

        as(TestTokens.strategist()).header("If-Match", "\"1\"").body(councilGoalJson(period, area, owner, code))
                .when().put("/goals/v1/goals/" + id)
                .then().statusCode(409);
    }

    @Test
    void shouldReplaceTheAdoptedGoalWhenItsNewVersionIsAdopted() {
        String id = councilGoal(period());
        GoalFixtures.adopt(id);
        String draft = as(TestTokens.strategist()).when().post("/goals/v1/goals/" + id + "/versions")
                .then().statusCode(201)
                .body("predecessorId", equalTo(id))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");

        as(TestTokens.strategist()).body(GoalFixtures.decision("KS 2020/001")).post("/goals/v1/goals/" + draft + "/adopt")
                .then().statusCode(200);

        given().when().get("/goals/v1/goals/" + id)
                .then().statusCode(200)
                .body("status", equalTo("REPLACED"))
                .body("successorId", equalTo(draft));
    }

    @Test
    void shouldLetABoardEditorWriteTheGoalsOfItsOwnBoard() {
        Period period = period();
        String[] board = board();
        as(TestTokens.boardEditor("bun", board[1]))
                .body(boardGoalJson(period, List.of(councilGoal(period)), board[0], uniqueCode("BG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(201)
                .body("ownerOrgUnitCode", equalTo(board[1]));
    }

    @Test
    void shouldForbidABoardEditorToWriteAnotherBoardsGoals() {
        Period period = period();
        String[] otherBoard = board();
        as(TestTokens.boardEditor("bun", "BUN"))
                .body(boardGoalJson(period, List.of(councilGoal(period)), otherBoard[0], uniqueCode("BG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseASubGoalUnderAnotherBoardsGoal() {
        Period period = period();
        String[] ownBoard = board();
        String[] otherBoard = board();
        String othersGoal = post(TestTokens.strategist(), "/goals/v1/goals",
                boardGoalJson(period, List.of(councilGoal(period)), otherBoard[0], uniqueCode("BG")));

        for (String caller : List.of(TestTokens.boardEditor("bun", ownBoard[1]), TestTokens.strategist())) {
            as(caller).body(subGoalJson(period, othersGoal, period.startYear(), ownBoard[0], uniqueCode("SG")))
                    .when().post("/goals/v1/goals")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("parentGoalId"));
        }
        as(TestTokens.boardEditor("bun", ownBoard[1]))
                .body(subGoalJson(period, othersGoal, period.startYear(), otherBoard[0], uniqueCode("SG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(403);
        as(TestTokens.boardEditor("sn", otherBoard[1]))
                .body(subGoalJson(period, othersGoal, period.startYear(), otherBoard[0], uniqueCode("SG")))
                .when().post("/goals/v1/goals")
                .then().statusCode(201);
    }

    @Test
    void shouldForbidABoardEditorToWriteCouncilGoals() {
        Period period = period();
        String[] board = board();
        as(TestTokens.boardEditor("bun", board[1]))
                .body(councilGoalJson(period, GoalFixtures.area(), board[0], uniqueCode("KF")))
                .when().post("/goals/v1/goals")
                .then().statusCode(403);
    }

    @Test
    void shouldForbidAReaderToCreateGoals() {
        Period period = period();
        as(TestTokens.reader()).body(councilGoalJson(period, GoalFixtures.area(), board()[0], uniqueCode("KF")))
                .when().post("/goals/v1/goals")
                .then().statusCode(403);
    }

    @Test
    void shouldRequireATokenToCreateGoals() {
        given().contentType(ContentType.JSON).body("{}").when().post("/goals/v1/goals").then().statusCode(401);
    }

    @Test
    void shouldListOnlyAdoptedGoalsWithoutAToken() {
        Period period = period();
        String draft = councilGoal(period);
        String adopted = councilGoal(period);
        GoalFixtures.adopt(adopted);

        given().queryParam("mandatePeriodId", period.id()).when().get("/goals/v1/goals")
                .then().statusCode(200)
                .body("items.id", hasItem(adopted))
                .body("items.id", not(hasItem(draft)));
    }

    @Test
    void shouldMoveADraftToProposed() {
        String id = councilGoal(period());
        as(TestTokens.strategist()).when().post("/goals/v1/goals/" + id + "/propose")
                .then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        as(TestTokens.strategist()).when().post("/goals/v1/goals/" + id + "/propose")
                .then().statusCode(409);
    }
}
