package se.malstyrning.followup.cases;

import io.restassured.http.ContentType;
import se.malstyrning.testsupport.TestTokens;

import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Cases opened through the API for tests, each in a number series of its own. */
public final class CaseFixture {

    private CaseFixture() {
    }

    /** A registering body no other test uses, so number series never meet. */
    public static String freshBody() {
        StringBuilder body = new StringBuilder("T");
        for (int i = 0; i < 8; i++) {
            body.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return body.toString();
    }

    /** Opens a case in 2019 of a fresh body; returns its id. */
    public static String openCase() {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"body\": \"%s\", \"year\": 2019, \"title\": \"Nya mål för mandatperioden\"}".formatted(freshBody()))
                .when().post("/followup/v1/cases")
                .then().statusCode(201)
                .extract().path("id");
    }
}
