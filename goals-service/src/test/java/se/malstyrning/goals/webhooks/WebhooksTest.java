package se.malstyrning.goals.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.malstyrning.goals.GoalFixtures.area;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.councilGoalJson;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

@QuarkusTest
class WebhooksTest {

    private static String subscription(Object unused, String orgUnit, String callbackUrl, String eventType) {
        return """
                {"callbackUrl": "%s", "eventTypes": ["%s"]%s}
                """.formatted(callbackUrl, eventType, orgUnit == null ? "" : ", \"orgUnit\": \"" + orgUnit + "\"");
    }

    private static String subscribe(String orgUnit, String eventType) {
        return post(TestTokens.admin(), "/goals/v1/webhooks",
                subscription(TestTokens.admin(), orgUnit, "https://receiver.invalid/hooks", eventType));
    }

    private static String goalOf(String[] owner) {
        return post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period(), area(), owner[0], uniqueCode("KF")));
    }

    @Test
    void shouldRefuseACallbackOnLoopbackUnlessAnAdministratorAllowsIt() {
        given().header("Authorization", TestTokens.admin()).contentType(ContentType.JSON)
                .body(subscription(null, null, "http://127.0.0.1:8081/goals/v1/goals", "goal.adopted"))
                .when().post("/goals/v1/webhooks")
                .then().statusCode(422)
                .body("errors.field", hasItem("callbackUrl"));
    }

    @Test
    void shouldRefuseACallbackOnTheLinkLocalMetadataAddress() {
        given().header("Authorization", TestTokens.admin()).contentType(ContentType.JSON)
                .body(subscription(null, null, "http://169.254.169.254/latest/meta-data", "goal.adopted"))
                .when().post("/goals/v1/webhooks")
                .then().statusCode(422)
                .body("errors.field", hasItem("callbackUrl"));
    }

    @Test
    void shouldRefuseAnEventTypeTheServiceDoesNotPublish() {
        given().header("Authorization", TestTokens.admin()).contentType(ContentType.JSON)
                .body(subscription(null, null, "https://receiver.invalid/hooks", "decision.recorded"))
                .when().post("/goals/v1/webhooks")
                .then().statusCode(400)
                .body("errors.field", hasItem("eventTypes[0]"));
    }

    @Test
    void shouldShowTheSigningSecretOnlyInTheAnswerToTheCreation() {
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(subscription(null, null, "https://receiver.invalid/hooks", "goal.adopted"))
                .when().post("/goals/v1/webhooks")
                .then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract().path("id");

        given().header("Authorization", TestTokens.strategist()).get("/goals/v1/webhooks/" + id)
                .then().statusCode(200).body("secret", nullValue());
    }

    @Test
    void shouldLetABoardEditorSubscribeToItsOwnOrgUnitsEventsOnly() {
        String bun = TestTokens.boardEditor("bun", "BUN");
        given().header("Authorization", bun).contentType(ContentType.JSON)
                .body(subscription(null, "BUN", "https://portal.invalid/hooks", "goal.adopted"))
                .when().post("/goals/v1/webhooks").then().statusCode(201);
        given().header("Authorization", bun).contentType(ContentType.JSON)
                .body(subscription(null, "SN", "https://portal.invalid/hooks", "goal.adopted"))
                .when().post("/goals/v1/webhooks").then().statusCode(403);
        given().header("Authorization", bun).contentType(ContentType.JSON)
                .body(subscription(null, null, "https://portal.invalid/hooks", "goal.adopted"))
                .when().post("/goals/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("orgUnit"));
    }

    @Test
    void shouldKeepOtherBoardsSubscriptionsFromABoardEditor() {
        String id = subscribe("SN", "goal.adopted");

        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).get("/goals/v1/webhooks/" + id)
                .then().statusCode(404);
        given().header("Authorization", TestTokens.reader()).get("/goals/v1/webhooks")
                .then().statusCode(403);
    }

    @Test
    void shouldQueueTheEventOfAnAdoptedGoalInTheDeliveryLogOfTheSubscriptionsThatWantIt() {
        String[] owner = board();
        String wanted = subscribe(owner[1], "goal.adopted");
        String otherType = subscribe(owner[1], "goal.archived");
        String goal = goalOf(owner);

        GoalFixtures.adopt(goal);

        given().header("Authorization", TestTokens.admin()).get("/goals/v1/webhooks/" + wanted + "/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].eventType", equalTo("goal.adopted"));
        given().header("Authorization", TestTokens.admin()).get("/goals/v1/webhooks/" + otherType + "/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldSendNoEventForAnAdoptionThatIsRolledBack() {
        String[] owner = board();
        String archived = goalOf(board());
        GoalFixtures.adopt(archived);
        given().header("Authorization", TestTokens.strategist()).post("/goals/v1/goals/" + archived + "/archive")
                .then().statusCode(200);
        String subscription = subscribe(owner[1], "goal.adopted");
        String goal = goalOf(owner);

        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"goalIds\": [\"" + goal + "\", \"" + archived + "\"], \"decision\": "
                        + GoalFixtures.decision("KS 2019/017") + "}")
                .when().post("/goals/v1/adoptions")
                .then().statusCode(409).body("detail", containsString("ARCHIVED"));

        given().header("Authorization", TestTokens.admin()).get("/goals/v1/webhooks/" + subscription + "/deliveries")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }
}
