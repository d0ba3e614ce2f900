package se.malstyrning.goals.history;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.councilGoalJson;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

@QuarkusTest
class HistoryAndChangesTest {

    private static long latestCursor() {
        return ((Number) given().queryParam("since", 0).queryParam("limit", 1000)
                .header("Authorization", TestTokens.reader()).get("/goals/v1/changes")
                .then().statusCode(200).extract().path("nextSince")).longValue();
    }

    @Test
    void shouldRecordWhoChangedWhichFieldsOfAGoal() {
        Period period = period();
        String area = GoalFixtures.area();
        String owner = board()[0];
        String code = uniqueCode("KF");
        String id = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, owner, code));
        given().header("Authorization", TestTokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(councilGoalJson(period, area, owner, code).replace("hållbar tillväxt", "hållbar utveckling"))
                .put("/goals/v1/goals/" + id).then().statusCode(200);

        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/goals/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].change", equalTo("CREATED"))
                .body("[0].changedBy", equalTo("strateg"))
                .body("[1].change", equalTo("CHANGED"))
                .body("[1].changedBy", equalTo("admin"))
                .body("[1].changedFields", equalTo(java.util.List.of("title")));
    }

    @Test
    void shouldShowAnonymousCallersOnlyTheRevisionsOfAGoalThatWerePublic() {
        Period period = period();
        String area = GoalFixtures.area();
        String owner = board()[0];
        String code = uniqueCode("KF");
        String id = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area, owner, code));
        given().header("Authorization", TestTokens.admin()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(councilGoalJson(period, area, owner, code).replace("hållbar tillväxt", "hållbar utveckling"))
                .put("/goals/v1/goals/" + id).then().statusCode(200);
        given().header("Authorization", TestTokens.strategist()).post("/goals/v1/goals/" + id + "/propose").then().statusCode(200);
        GoalFixtures.adopt(id);

        given().when().get("/goals/v1/goals/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].state.status", equalTo("ADOPTED"))
                .body("[0].state.title", containsString("hållbar utveckling"))
                .body("[0].changedBy", equalTo("strateg"))
                .body("changedBy", not(hasItem("admin")))
                .body("state.title", not(hasItem(containsString("hållbar tillväxt"))));
        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/goals/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(4))
                .body("state.status", contains("DRAFT", "DRAFT", "PROPOSED", "ADOPTED"));
    }

    @Test
    void shouldShowAnonymousCallersOnlyTheRevisionsOfAGoalAreaThatWerePublic() {
        String id = post(TestTokens.strategist(), "/goals/v1/goal-areas",
                GoalFixtures.areaJson().replace("\"ADOPTED\"", "\"DRAFT\"").replace("Testområde", "Utkast till område"));
        String adopted = given().header("Authorization", TestTokens.strategist()).get("/goals/v1/goal-areas/" + id)
                .then().statusCode(200).extract().asString()
                .replaceAll("(?s).*\"number\":(\\d+).*", "$1");
        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"number\": " + adopted + ", \"name\": \"Fastställt område\", \"status\": \"ADOPTED\"}")
                .put("/goals/v1/goal-areas/" + id).then().statusCode(200);

        given().when().get("/goals/v1/goal-areas/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].state.name", equalTo("Fastställt område"))
                .body("state.name", not(hasItem("Utkast till område")));
        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/goal-areas/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(2));
    }

    @Test
    void shouldShowAnonymousCallersOnlyTheRevisionsOfAVisionThatWerePublic() {
        String id = post(TestTokens.strategist(), "/goals/v1/visions", """
                {"text": "Ett utkast till vision", "validFrom": "1990-01-01", "validTo": "1995-12-31"}
                """);
        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("""
                        {"text": "En fastställd vision", "validFrom": "1990-01-01", "validTo": "1995-12-31",
                         "decision": {"body": "KF", "date": "2019-02-25", "paragraph": "§ 12", "registrationNumber": "KS 2019/017"}}
                        """)
                .put("/goals/v1/visions/" + id).then().statusCode(200);

        given().when().get("/goals/v1/visions/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].state.text", equalTo("En fastställd vision"))
                .body("state.text", not(hasItem("Ett utkast till vision")));
    }

    @Test
    void shouldFeedOnlyChangesAfterTheCursor() {
        long cursor = latestCursor();
        String id = GoalFixtures.councilGoal(period());

        given().header("Authorization", TestTokens.reader()).queryParam("since", cursor)
                .when().get("/goals/v1/changes")
                .then().statusCode(200)
                .body("items.resourceId", hasItem(id))
                .body("items.revision", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThan((int) cursor)));
    }

    @Test
    void shouldKeepDraftsOutOfTheOpenFeed() {
        long cursor = latestCursor();
        String draft = GoalFixtures.councilGoal(period());
        String adopted = GoalFixtures.councilGoal(period());
        GoalFixtures.adopt(adopted);

        given().queryParam("since", cursor).queryParam("limit", 1000).when().get("/goals/v1/changes")
                .then().statusCode(200)
                .body("items.resourceId", hasItem(adopted))
                .body("items.resourceId", not(hasItem(draft)));
    }

    @Test
    void shouldAnswerNotModifiedWhenNothingChanged() {
        String etag = given().queryParam("since", 0).get("/goals/v1/changes").then().statusCode(200).extract().header("ETag");

        given().queryParam("since", 0).header("If-None-Match", etag).when().get("/goals/v1/changes")
                .then().statusCode(304);
    }
}
