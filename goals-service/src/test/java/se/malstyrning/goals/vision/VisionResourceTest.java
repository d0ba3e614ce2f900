package se.malstyrning.goals.vision;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class VisionResourceTest {

    private static String vision(String validTo, boolean adopted) {
        return """
                {"text": "En testvision", "coreValues": ["Engagemang", "Respekt"],
                 "validFrom": "1990-01-01", "validTo": "%s"%s}
                """.formatted(validTo, adopted
                ? ", \"decision\": {\"body\": \"KF\", \"date\": \"2019-02-25\", \"paragraph\": \"§ 12\", \"registrationNumber\": \"KS 2019/017\"}"
                : "");
    }

    private static final String DECISION_2019 =
            "{\"body\": \"KF\", \"date\": \"2019-02-25\", \"paragraph\": \"§ 12\", \"registrationNumber\": \"KS 2019/017\"}";

    @Test
    void shouldNeverEditAnAdoptedVisionInPlace() {
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(vision("1994-12-31", true)).post("/goals/v1/visions")
                .then().statusCode(201).body("status", equalTo("ADOPTED")).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(vision("1998-12-31", true))
                .when().put("/goals/v1/visions/" + id)
                .then().statusCode(409);
        given().when().get("/goals/v1/visions/" + id).then().statusCode(200).body("validTo", equalTo("1994-12-31"));
    }

    @Test
    void shouldChangeAnAdoptedVisionByANewVersionAdoptedByADecision() {
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(vision("1994-12-31", true)).post("/goals/v1/visions")
                .then().statusCode(201).extract().path("id");

        String draft = given().header("Authorization", TestTokens.strategist())
                .when().post("/goals/v1/visions/" + id + "/versions")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("predecessorId", equalTo(id)).body("validTo", equalTo("1994-12-31"))
                .extract().path("id");
        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(vision("1998-12-31", false))
                .when().put("/goals/v1/visions/" + draft)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        given().when().get("/goals/v1/visions/" + id).then().statusCode(200)
                .body("status", equalTo("ADOPTED")).body("validTo", equalTo("1994-12-31"));

        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(DECISION_2019)
                .when().post("/goals/v1/visions/" + draft + "/adopt")
                .then().statusCode(200)
                .body("status", equalTo("ADOPTED")).body("validTo", equalTo("1998-12-31"))
                .body("decision.registrationNumber", equalTo("KS 2019/017"));
        given().when().get("/goals/v1/visions/" + id).then().statusCode(200)
                .body("status", equalTo("REPLACED")).body("successorId", equalTo(draft));
        given().when().get("/goals/v1/visions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(draft))
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        given().when().get("/goals/v1/visions/" + id + "/history").then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void shouldKeepAVisionWithoutDecisionFromAnonymousReaders() {
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(vision("1998-12-31", false)).post("/goals/v1/visions")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");

        given().when().get("/goals/v1/visions/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseAValidityThatEndsBeforeItStarts() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(vision("1980-12-31", true))
                .when().post("/goals/v1/visions")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("validTo"));
    }

    @Test
    void shouldForbidABoardEditorToWriteTheVision() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body(vision("1998-12-31", true))
                .when().post("/goals/v1/visions")
                .then().statusCode(403);
    }
}
