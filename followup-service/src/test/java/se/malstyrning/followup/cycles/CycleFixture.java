package se.malstyrning.followup.cycles;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;

/** Follow-up cycles opened through the API for tests. */
public final class CycleFixture {

    public static final String PATH = "/followup/v1/follow-up-cycles";

    private CycleFixture() {
    }

    public static ValidatableResponse open(String kind, int year) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"kind": "%s", "year": %d, "title": "Årsredovisning %d", "deadline": "%d-02-15"}
                        """.formatted(kind, year, year, year + 1))
                .when().post(PATH).then();
    }
}
