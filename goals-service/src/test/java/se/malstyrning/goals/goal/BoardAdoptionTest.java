package se.malstyrning.goals.goal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.boardGoalJson;
import static se.malstyrning.goals.GoalFixtures.councilGoal;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

/** A board records its own board's adoption of its own goals; the office's rights stay as they are. */
@QuarkusTest
class BoardAdoptionTest {

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    private static String boardDecision(String body) {
        return """
                {"body": "%s", "date": "2019-11-20", "paragraph": "§ 87", "registrationNumber": "%s 2019/45"}
                """.formatted(body, body);
    }

    private static String draftBoardGoal(Period period, String[] board) {
        return post(TestTokens.strategist(), "/goals/v1/goals",
                boardGoalJson(period, List.of(councilGoal(period)), board[0], uniqueCode("BG")));
    }

    @Test
    void shouldLetABoardRecordItsOwnBoardsAdoptionOfItsOwnGoal() {
        Period period = period();
        String[] board = board();
        String goal = draftBoardGoal(period, board);
        as(TestTokens.boardEditor("bun", board[1])).body(boardDecision(board[1]))
                .when().post("/goals/v1/goals/" + goal + "/adopt")
                .then().statusCode(200)
                .body("status", equalTo("ADOPTED"))
                .body("decision.body", equalTo(board[1]));
    }

    @Test
    void shouldRefuseABoardRecordingTheAdoptionOfAnotherBoardsGoal() {
        Period period = period();
        String[] ours = board();
        String[] theirs = board();
        String goal = draftBoardGoal(period, theirs);
        as(TestTokens.boardEditor("bun", ours[1])).body(boardDecision(theirs[1]))
                .when().post("/goals/v1/goals/" + goal + "/adopt")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABoardRecordingAnotherBodysDecisionOnItsGoal() {
        Period period = period();
        String[] board = board();
        String goal = draftBoardGoal(period, board);
        as(TestTokens.boardEditor("bun", board[1])).body(boardDecision("KF"))
                .when().post("/goals/v1/goals/" + goal + "/adopt")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors.field", contains("body"));
    }

    @Test
    void shouldRefuseABoardRecordingTheAdoptionOfACouncilGoal() {
        Period period = period();
        String[] board = board();
        String goal = councilGoal(period);
        as(TestTokens.boardEditor("bun", board[1])).body(boardDecision(board[1]))
                .when().post("/goals/v1/goals/" + goal + "/adopt")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldLetTheOfficeStillRecordTheAdoptionOfABoardsGoal() {
        Period period = period();
        String[] board = board();
        String goal = draftBoardGoal(period, board);
        as(TestTokens.strategist()).body(boardDecision(board[1]))
                .when().post("/goals/v1/goals/" + goal + "/adopt")
                .then().statusCode(200);
    }
}
