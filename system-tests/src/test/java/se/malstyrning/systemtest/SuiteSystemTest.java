package se.malstyrning.systemtest;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

/** The suite as an integrator meets it: one address, real tokens from the realm, every service behind it. */
@ExtendWith(RunningSuite.class)
class SuiteSystemTest {

    @Test
    void shouldIssueABoardEditorATokenWithItsRoleAndOrgUnit() {
        String token = Tokens.bearer("bun").substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        org.hamcrest.MatcherAssert.assertThat(claims, containsString("\"org_units\":[\"BUN\"]"));
        org.hamcrest.MatcherAssert.assertThat(claims, containsString("\"board-editor\""));
        org.hamcrest.MatcherAssert.assertThat(claims, containsString("\"aud\":\"malstyrning-api\""));
    }

    @Test
    void shouldServeTheDemoOrganisationAsOpenDataThroughTheGateway() {
        given().queryParam("limit", 100).when().get("/goals/v1/org-units")
                .then().statusCode(200)
                .body("items.code", hasItem("KF"))
                .body("items.code", hasItem("BUN"));
    }

    @Test
    void shouldServeTheIndicatorCatalogueThroughTheGateway() {
        given().when().get("/indicators/v1/indicators")
                .then().statusCode(200)
                .body("items.code", hasItem("N15428"));
    }

    @Test
    void shouldRefuseConsultationsWithoutATokenThroughTheGateway() {
        given().when().get("/followup/v1/consultations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void shouldShowTheSeedCasesToAReaderWithARealToken() {
        given().header("Authorization", Tokens.bearer("reader"))
                .when().get("/followup/v1/cases")
                .then().statusCode(200)
                .body("items.registrationNumber", hasItem("KS 2019/160"))
                .body("items.registrationNumber", hasItem("KS 2019/017"));
    }

    @Test
    void shouldLetTheStrategistCreateAndPointTheLocationAtTheGateway() {
        String code = "ST" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().header("Authorization", Tokens.bearer("strateg")).contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"Systemtestnämnden\", \"kind\": \"BOARD\"}")
                .when().post("/goals/v1/org-units")
                .then().statusCode(201)
                .header("Location", startsWith(RunningSuite.suite().gatewayUrl() + "/goals/v1/org-units/"))
                .body("createdBy", equalTo("strateg"));
    }

    @Test
    void shouldForbidABoardEditorToCreateAnOrgUnit() {
        given().header("Authorization", Tokens.bearer("bun")).contentType(ContentType.JSON)
                .body("{\"code\": \"NOPE\", \"name\": \"Nej\", \"kind\": \"BOARD\"}")
                .when().post("/goals/v1/org-units")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAForgedToken() {
        String real = Tokens.bearer("strateg");
        String forged = real.substring(0, real.length() - 4) + (real.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().header("Authorization", forged).contentType(ContentType.JSON)
                .body("{\"code\": \"FORGED\", \"name\": \"Falsk\", \"kind\": \"BOARD\"}")
                .when().post("/goals/v1/org-units")
                .then().statusCode(401);
    }

    @Test
    void shouldServeEveryServicesDocumentAndTheMergedOneThroughTheGateway() {
        for (String api : new String[]{"goals", "indicators", "followup"}) {
            given().queryParam("format", "json").when().get("/" + api + "/v1/openapi")
                    .then().statusCode(200)
                    .body("openapi", startsWith("3."));
        }
        given().when().get("/openapi")
                .then().log().ifValidationFails().statusCode(200)
                .body("paths", hasKey("/goals/v1/org-units"))
                .body("paths", hasKey("/indicators/v1/indicators"))
                .body("paths", hasKey("/followup/v1/cases"));
    }

    @Test
    void shouldServeTheSeedsGoalTreeAsOpenDataThroughTheGateway() {
        String period = given().queryParam("limit", 100).when().get("/goals/v1/mandate-periods")
                .then().statusCode(200)
                .extract().path("items.find { it.code == '2019-2022' }.id");

        given().when().get("/goals/v1/mandate-periods/" + period + "/tree")
                .then().statusCode(200)
                .body("vision.text", equalTo("Här gör vi plats för att göra skillnad"))
                .body("vision.validTo", equalTo("2030-12-31"))
                .body("areas.area.name", hasItem("Kunskap, hälsa och fritid"))
                .body("areas.councilGoals.flatten().goal.code", hasItem("KF4"));
    }
}
