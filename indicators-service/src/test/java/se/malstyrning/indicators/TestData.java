package se.malstyrning.indicators;

import io.restassured.http.ContentType;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Data each test creates for itself through the API, with unique codes. */
public final class TestData {

    private TestData() {
    }

    public static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** Adds an indicator and returns its id. */
    public static String indicator(String code, String polarity, String horizon, boolean dividedByGender) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "title": "Testindikator %s", "unit": "%%", "source": "KOLADA", "quality": "ACTUAL",
                         "polarity": "%s", "frequency": "YEARLY", "horizon": "%s", "dividedByGender": %s}
                        """.formatted(code, code, polarity, horizon, dividedByGender))
                .when().post("/indicators/v1/indicators")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String indicator(String code) {
        return indicator(code, "HIGHER_IS_BETTER", "STRUCTURAL", true);
    }

    /** Imports CSV rows (after the header) as a strategist and expects success. */
    public static void importCsv(String rows) {
        given().header("Authorization", TestTokens.strategist()).contentType("text/csv")
                .body("indicator,area,period,gender,value\n" + rows)
                .when().post("/indicators/v1/imports")
                .then().statusCode(200);
    }
}
