package se.malstyrning.indicators.catalogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class IndicatorResourceTest {

    private static String indicator(String code) {
        return """
                {"code": "%s", "title": "Invånare 16-84 år med bra självskattat hälsotillstånd, andel (%%)",
                 "unit": "%%", "source": "KOLADA", "quality": "PERCEIVED", "polarity": "HIGHER_IS_BETTER",
                 "frequency": "EVERY_SECOND_YEAR", "horizon": "STRUCTURAL", "dividedByGender": true}
                """.formatted(code);
    }

    private static String uniqueCode() {
        return "L" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldAddAnIndicatorAsStrategistAndShowItAsOpenData() {
        String code = uniqueCode();
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(indicator(code))
                .when().post("/indicators/v1/indicators")
                .then().statusCode(201)
                .extract().path("id");

        given().when().get("/indicators/v1/indicators/" + id)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .body("quality", equalTo("PERCEIVED"))
                .body("dividedByGender", equalTo(true));
    }

    @Test
    void shouldChangeAnIndicatorMadeAgainstItsCurrentVersion() {
        String code = uniqueCode();
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(indicator(code)).when().post("/indicators/v1/indicators").then().statusCode(201).extract().path("id");
        String etag = given().when().get("/indicators/v1/indicators/" + id).then().statusCode(200).extract().header("ETag");

        given().header("Authorization", TestTokens.strategist()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(indicator(code).replace("EVERY_SECOND_YEAR", "YEARLY"))
                .when().put("/indicators/v1/indicators/" + id)
                .then().statusCode(200)
                .body("frequency", equalTo("YEARLY"))
                .body("version", equalTo(1));
    }

    @Test
    void shouldRefuseAChangeMadeAgainstAnOldVersion() {
        String code = uniqueCode();
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(indicator(code)).when().post("/indicators/v1/indicators").then().statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"5\"").contentType(ContentType.JSON)
                .body(indicator(code)).when().put("/indicators/v1/indicators/" + id)
                .then().statusCode(412);
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(indicator(code)).when().put("/indicators/v1/indicators/" + id)
                .then().statusCode(428);
    }

    @Test
    void shouldAddAnIndicatorOnceWhenTheSameRequestIsRetriedWithItsIdempotencyKey() {
        String body = indicator(uniqueCode());
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", TestTokens.strategist()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/indicators/v1/indicators")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", TestTokens.strategist()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/indicators/v1/indicators")
                .then().statusCode(201)
                .body("id", equalTo(first));
    }

    @Test
    void shouldForbidABoardEditorToChangeTheCatalogue() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body(indicator(uniqueCode()))
                .when().post("/indicators/v1/indicators")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldNameAnUnknownEnumValue() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(indicator(uniqueCode()).replace("HIGHER_IS_BETTER", "UP"))
                .when().post("/indicators/v1/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItem("polarity"));
    }
}
