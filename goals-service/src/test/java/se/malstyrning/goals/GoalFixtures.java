package se.malstyrning.goals;

import io.restassured.http.ContentType;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;

/** Builds a goal structure of its own for each test, through the API, as the office would. */
public final class GoalFixtures {

    private static final AtomicInteger NEXT_AREA = new AtomicInteger(10);
    /** Each test's mandate period starts in years no other test uses. */
    private static final AtomicInteger NEXT_PERIOD_START = new AtomicInteger(2100);

    private GoalFixtures() {
    }

    public record Period(String id, int startYear, int endYear) {
    }

    public static String uniqueCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    public static Period period() {
        int start = NEXT_PERIOD_START.getAndAdd(4);
        String id = post(TestTokens.strategist(), "/goals/v1/mandate-periods", periodJson(start));
        return new Period(id, start, start + 3);
    }

    /** A mandate period in years no other test uses. */
    public static String periodJson() {
        return periodJson(NEXT_PERIOD_START.getAndAdd(4));
    }

    private static String periodJson(int start) {
        return """
                {"code": "%d-%d", "name": "Testperiod", "startYear": %d, "endYear": %d}
                """.formatted(start, start + 3, start, start + 3);
    }

    public static String area() {
        return post(TestTokens.strategist(), "/goals/v1/goal-areas", areaJson());
    }

    /** A goal area with a number no other test uses. */
    public static String areaJson() {
        return """
                {"number": %d, "name": "Testområde", "keywords": ["tillväxt"], "guidingQuestions": ["Hur?"], "status": "ADOPTED"}
                """.formatted(NEXT_AREA.getAndIncrement());
    }

    /** An org unit of kind BOARD with a fresh code; returns {id, code}. */
    public static String[] board() {
        String code = uniqueCode("B");
        String id = post(TestTokens.strategist(), "/goals/v1/org-units", boardJson(code));
        return new String[]{id, code};
    }

    public static String boardJson(String code) {
        return """
                {"code": "%s", "name": "Testnämnden", "kind": "BOARD"}
                """.formatted(code);
    }

    public static String councilGoalJson(Period period, String areaId, String ownerId, String code) {
        return """
                {"code": "%s", "title": "Vaggeryds kommun ska vara en plats med hållbar tillväxt", "level": "COUNCIL",
                 "mandatePeriodId": "%s", "goalAreaId": "%s", "ownerOrgUnitId": "%s", "horizon": "STRUCTURAL",
                 "targetGroups": ["Företagare"], "sdgTargets": ["11.3", "8.5"]}
                """.formatted(code, period.id(), areaId, ownerId);
    }

    public static String boardGoalJson(Period period, List<String> councilGoalIds, String ownerId, String code) {
        String contributions = councilGoalIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return """
                {"code": "%s", "title": "Fler elever når målen", "level": "BOARD", "mandatePeriodId": "%s",
                 "contributesTo": [%s], "ownerOrgUnitId": "%s", "horizon": "SHORT_TERM"}
                """.formatted(code, period.id(), contributions, ownerId);
    }

    public static String subGoalJson(Period period, String parentId, int budgetYear, String ownerId, String code) {
        return """
                {"code": "%s", "title": "Andelen behöriga ökar", "level": "SUB_GOAL", "mandatePeriodId": "%s",
                 "parentGoalId": "%s", "budgetYear": %d, "ownerOrgUnitId": "%s", "horizon": "SHORT_TERM"}
                """.formatted(code, period.id(), parentId, budgetYear, ownerId);
    }

    public static String councilGoal(Period period) {
        return post(TestTokens.strategist(), "/goals/v1/goals",
                councilGoalJson(period, area(), board()[0], uniqueCode("KF")));
    }

    public static String decision(String registrationNumber) {
        return """
                {"body": "KF", "date": "2019-05-27", "paragraph": "§ 45", "registrationNumber": "%s"}
                """.formatted(registrationNumber);
    }

    public static void adopt(String goalId) {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(decision("KS 2019/017")).post("/goals/v1/goals/" + goalId + "/adopt")
                .then().statusCode(200);
    }

    /** POSTs as the given caller, expects 201 and returns the new id. */
    public static String post(String bearer, String path, String json) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(json)
                .when().post(path)
                .then().statusCode(201)
                .extract().path("id");
    }
}
