package se.malstyrning.indicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;
import se.malstyrning.testsupport.contract.ResourceLimitsContract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ResourceLimitsTest extends ResourceLimitsContract {

    @Override
    protected String collectionPath() {
        return "/indicators/v1/indicators";
    }

    @Override
    protected String postPath() {
        return "/indicators/v1/indicators";
    }

    @Override
    protected String bearer() {
        return TestTokens.strategist();
    }

    @Override
    protected int maxBodyBytes() {
        return 1_048_576_000;
    }

    @Test
    void shouldRefuseASeriesStartingBeforeTheDocumentedRange() {
        given().queryParam("indicator", "N15428").queryParam("fromYear", "1899").when().get("/indicators/v1/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fromYear"));
    }

    @Test
    void shouldRefuseASeriesEndingAfterTheDocumentedRange() {
        given().queryParam("indicator", "N15428").queryParam("toYear", "2101").when().get("/indicators/v1/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("toYear"));
    }

    @Test
    void shouldRefuseASeriesThatRunsBackwards() {
        given().queryParam("indicator", "N15428").queryParam("fromYear", "2020").queryParam("toYear", "2010")
                .when().get("/indicators/v1/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fromYear"));
    }
}
