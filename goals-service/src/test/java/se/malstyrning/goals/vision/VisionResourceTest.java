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

    @Test
    void shouldExtendTheValidityOfTheVisionAndRecordIt() {
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(vision("1994-12-31", true)).post("/goals/v1/visions")
                .then().statusCode(201).body("status", equalTo("ADOPTED")).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(vision("1998-12-31", true))
                .when().put("/goals/v1/visions/" + id)
                .then().statusCode(200)
                .body("validTo", equalTo("1998-12-31"));
        given().when().get("/goals/v1/visions/" + id).then().statusCode(200).body("version", equalTo(1));
        given().when().get("/goals/v1/visions/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[1].changedFields", org.hamcrest.Matchers.equalTo(java.util.List.of("validTo")));
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
