package se.malstyrning.indicators.municipality;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class MunicipalityGroupResourceTest {

    private static final String GROUPS = "/indicators/v1/municipality-groups";

    private static io.restassured.response.Response define(String title, String members) {
        return given().header("Authorization", TestTokens.admin()).contentType("application/json")
                .body("{\"title\": \"" + title + "\", \"members\": [" + members + "]}")
                .when().post(GROUPS);
    }

    @Test
    void shouldLetAnAdministratorDefineAGroupThatKoladaClientsReadWithTheMeanOfItsMembers() {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        TestData.importCsv(kpi + ",0665,2023,T,70\n" + kpi + ",0662,2023,T,80\n" + kpi + ",0680,2023,T,\n");

        String code = define("Jämförbara kommuner, Vaggeryd", "\"0680\", \"0665\", \"0662\", \"0665\"")
                .then().statusCode(201)
                .body("code", matchesPattern("G1[0-9]{5}"))
                .body("kind", equalTo("DEFINED"))
                .body("members.code", contains("0662", "0665", "0680"))
                .body("members.title", contains("Gislaved", "Vaggeryd", "Jönköping"))
                .extract().path("code");

        given().when().get("/indicators/kolada/v3/municipality_groups/" + code)
                .then().statusCode(200)
                .body("values[0].title", equalTo("Jämförbara kommuner, Vaggeryd"))
                .body("values[0].members.member_title", contains("Gislaved", "Vaggeryd", "Jönköping"));
        given().when().get("/indicators/kolada/v3/data/kpi/" + kpi + "/municipality/" + code + "/year/2023")
                .then().statusCode(200)
                .body("values[0].values[0].value", equalTo(75.0f))
                .body("values[0].values[0].count", equalTo(2));
    }

    @Test
    void shouldRefuseAnUnknownMemberNamingIt() {
        define("Okänd medlem", "\"0665\", \"9999\"")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("members[1]"));
        define("Ingen kommunkod", "\"Vaggeryd\"")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("members[0]"));
    }

    @Test
    void shouldLetOnlyAnAdministratorDefineGroups() {
        given().header("Authorization", TestTokens.strategist()).contentType("application/json")
                .body("{\"title\": \"Nej\", \"members\": [\"0665\"]}")
                .when().post(GROUPS)
                .then().statusCode(403);
        given().contentType("application/json").body("{\"title\": \"Nej\", \"members\": [\"0665\"]}")
                .when().post(GROUPS)
                .then().statusCode(401);
    }

    @Test
    void shouldChangeAndRemoveADefinedGroupAgainstItsVersion() {
        String id = define("Före", "\"0665\"").then().statusCode(201).extract().path("id");
        String etag = given().when().get(GROUPS + "/" + id).then().statusCode(200).extract().header("ETag");

        given().header("Authorization", TestTokens.admin()).header("If-Match", etag).contentType("application/json")
                .body("{\"title\": \"Efter\", \"members\": [\"0665\", \"0687\"]}")
                .when().put(GROUPS + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Efter"))
                .body("members.title", contains("Vaggeryd", "Tranås"));
        given().header("Authorization", TestTokens.admin()).header("If-Match", etag)
                .when().delete(GROUPS + "/" + id)
                .then().statusCode(412);
        String current = given().when().get(GROUPS + "/" + id).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", TestTokens.admin()).header("If-Match", current)
                .when().delete(GROUPS + "/" + id)
                .then().statusCode(204);
        given().when().get(GROUPS + "/" + id).then().statusCode(404);
    }

    @Test
    void shouldKeepTheCountyGroupsAsReferenceData() {
        String id = given().queryParam("title", "Jönköpings län").when().get(GROUPS)
                .then().statusCode(200)
                .body("items.code", hasItem("GL06"))
                .extract().path("items.find { it.code == 'GL06' }.id");
        String etag = given().when().get(GROUPS + "/" + id).then().statusCode(200).extract().header("ETag");

        given().header("Authorization", TestTokens.admin()).header("If-Match", etag).contentType("application/json")
                .body("{\"title\": \"Ändrat län\", \"members\": [\"0665\"]}")
                .when().put(GROUPS + "/" + id)
                .then().statusCode(409);
        given().header("Authorization", TestTokens.admin()).header("If-Match", etag)
                .when().delete(GROUPS + "/" + id)
                .then().statusCode(409);
    }
}
