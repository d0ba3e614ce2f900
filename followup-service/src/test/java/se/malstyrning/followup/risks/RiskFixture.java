package se.malstyrning.followup.risks;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Risks recorded through the API for tests. */
public final class RiskFixture {

    private RiskFixture() {
    }

    private static final AtomicInteger YEARS = new AtomicInteger(1901);

    /** A year no other test uses (tests with fixed years use 2020), so each test's risks and plan stand alone. */
    public static int freshYear() {
        return YEARS.getAndIncrement();
    }

    public static ValidatableResponse record(String token, UUID orgUnitId, int year, int probability, int consequence) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("""
                        {"orgUnitId": "%s", "year": %d, "title": "Risk %d×%d", "category": "OPERATIONAL",
                         "probability": %d, "consequence": %d}
                        """.formatted(orgUnitId, year, probability, consequence, probability, consequence))
                .when().post("/followup/v1/risks").then();
    }
}
