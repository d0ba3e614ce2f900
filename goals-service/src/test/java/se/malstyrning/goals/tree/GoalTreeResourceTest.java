package se.malstyrning.goals.tree;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.boardGoalJson;
import static se.malstyrning.goals.GoalFixtures.councilGoalJson;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.subGoalJson;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

@QuarkusTest
class GoalTreeResourceTest {

    private record Structure(Period period, String area, String councilGoal, String boardGoal, String subGoal, String boardCode, String boardId) {
    }

    private static Structure structure() {
        Period period = period();
        String area = GoalFixtures.area();
        String[] board = board();
        String councilGoal = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, board[0], uniqueCode("KF")));
        String boardGoal = post(TestTokens.strategist(), "/goals/v1/goals", boardGoalJson(period, List.of(councilGoal), board[0], uniqueCode("BG")));
        String subGoal = post(TestTokens.strategist(), "/goals/v1/goals", subGoalJson(period, boardGoal, period.startYear(), board[0], uniqueCode("SG")));
        return new Structure(period, area, councilGoal, boardGoal, subGoal, board[1], board[0]);
    }

    @Test
    void shouldAssembleAreasCouncilGoalsBoardGoalsAndSubGoals() {
        Structure s = structure();

        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/mandate-periods/" + s.period().id() + "/tree")
                .then().statusCode(200)
                .body("mandatePeriod.id", equalTo(s.period().id()))
                .body("areas.find { it.area.id == '%s' }.councilGoals[0].goal.id".formatted(s.area()), equalTo(s.councilGoal()))
                .body("areas.find { it.area.id == '%s' }.councilGoals[0].children[0].goal.id".formatted(s.area()), equalTo(s.boardGoal()))
                .body("areas.find { it.area.id == '%s' }.councilGoals[0].children[0].children[0].goal.id".formatted(s.area()),
                        equalTo(s.subGoal()));
    }

    @Test
    void shouldShowOnlyAdoptedGoalsWithoutAToken() {
        Structure s = structure();

        given().when().get("/goals/v1/mandate-periods/" + s.period().id() + "/tree")
                .then().statusCode(200)
                .body("areas.find { it.area.id == '%s' }.councilGoals".formatted(s.area()), empty());
    }

    @Test
    void shouldShowAGoalInTheOpenTreeAsSoonAsItIsAdopted() {
        Structure s = structure();
        String path = "/goals/v1/mandate-periods/" + s.period().id() + "/tree";
        given().get(path).then().statusCode(200);

        GoalFixtures.adopt(s.councilGoal());

        given().when().get(path)
                .then().statusCode(200)
                .body("areas.find { it.area.id == '%s' }.councilGoals[0].goal.id".formatted(s.area()), equalTo(s.councilGoal()));
    }

    @Test
    void shouldFilterBoardGoalsByOrgUnit() {
        Structure s = structure();

        String otherBoard = board()[1];
        given().header("Authorization", TestTokens.reader()).queryParam("ownerOrgUnit", otherBoard)
                .when().get("/goals/v1/mandate-periods/" + s.period().id() + "/tree")
                .then().statusCode(200)
                .body("areas.find { it.area.id == '%s' }.councilGoals[0].children".formatted(s.area()), empty());
        // by id and by code; the deprecated orgUnit took a code only (at most 32 characters) and still does
        for (String[] query : new String[][]{{"ownerOrgUnit", s.boardCode()}, {"ownerOrgUnit", s.boardId()}, {"orgUnit", s.boardCode()}}) {
            given().header("Authorization", TestTokens.reader()).queryParam(query[0], query[1])
                    .when().get("/goals/v1/mandate-periods/" + s.period().id() + "/tree")
                    .then().statusCode(200)
                    .body("areas.find { it.area.id == '%s' }.councilGoals[0].children.goal.id".formatted(s.area()), hasItem(s.boardGoal()));
        }
    }

    @Test
    void shouldRefuseAnOrgUnitFilterNamingNoOrgUnitNamingTheParameter() {
        Structure s = structure();
        for (String parameter : List.of("ownerOrgUnit", "orgUnit")) {
            given().header("Authorization", TestTokens.reader()).queryParam(parameter, "NO-SUCH-UNIT")
                    .when().get("/goals/v1/mandate-periods/" + s.period().id() + "/tree")
                    .then().statusCode(400).body("errors[0].field", equalTo(parameter));
        }
        given().header("Authorization", TestTokens.reader()).queryParam("ownerOrgUnit", s.boardCode()).queryParam("orgUnit", s.boardCode())
                .when().get("/goals/v1/mandate-periods/" + s.period().id() + "/tree")
                .then().statusCode(400).body("errors[0].field", equalTo("orgUnit"));
    }

    @Test
    void shouldAnswerNotModifiedUntilSomethingChanges() {
        Structure s = structure();
        String path = "/goals/v1/mandate-periods/" + s.period().id() + "/tree";
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(path).then().statusCode(304);

        GoalFixtures.adopt(s.councilGoal());

        given().header("If-None-Match", etag).get(path).then().statusCode(200);
    }

    @Test
    void shouldSendTheTreeGzippedToAClientThatAcceptsIt() {
        Structure s = structure();

        given().header("Authorization", TestTokens.reader()).header("Accept-Encoding", "gzip")
                .when().get("/goals/v1/mandate-periods/" + s.period().id() + "/tree")
                .then().statusCode(200)
                .header("Content-Encoding", "gzip")
                .body("mandatePeriod.id", equalTo(s.period().id()));
    }

    @Test
    void shouldAnswerAnUnknownPeriodWith404() {
        given().get("/goals/v1/mandate-periods/" + java.util.UUID.randomUUID() + "/tree").then().statusCode(404);
    }
}
