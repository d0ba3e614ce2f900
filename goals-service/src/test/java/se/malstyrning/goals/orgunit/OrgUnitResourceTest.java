package se.malstyrning.goals.orgunit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OrgUnitResourceTest {

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String body(String code) {
        return """
                {"code": "%s", "name": "Testnämnden", "kind": "BOARD", "validFrom": "2019-01-01"}
                """.formatted(code);
    }

    @Test
    void shouldBuildLinksOnThePublicBaseUrlWhateverHostTheCallerNames() {
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body(uniqueCode()))
                .header("Host", "evil.example").header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "http")
                .when().post("/goals/v1/org-units")
                .then().statusCode(201)
                .extract().path("id");
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body(uniqueCode()))
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "6666")
                .when().post("/goals/v1/org-units")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.startsWith("https://malstyrning.test/goals/v1/org-units/"));

        given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example").queryParam("limit", 1)
                .when().get("/goals/v1/org-units")
                .then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.startsWith("<https://malstyrning.test/goals/v1/org-units?"));
        given().when().get("/goals/v1/org-units/" + id).then().statusCode(200);
    }

    @Test
    void shouldCreateAnOrgUnitAsStrategistAndReadItBackWithoutAToken() {
        String code = uniqueCode();
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body(code))
                .when().post("/goals/v1/org-units")
                .then().statusCode(201)
                .header("Location", containsString("/goals/v1/org-units/"))
                .body("code", equalTo(code))
                .body("createdBy", equalTo("strateg"))
                .extract().path("id");

        given().when().get("/goals/v1/org-units/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Testnämnden"))
                .body("kind", equalTo("BOARD"));
    }

    @Test
    void shouldRefuseADuplicateCodeNamingTheField() {
        String code = uniqueCode();
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body(code)).post("/goals/v1/org-units").then().statusCode(201);

        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body(code))
                .when().post("/goals/v1/org-units")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblemAndNoInternals() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body("{\"code\": \"X\", \"name\": ")
                .when().post("/goals/v1/org-units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"))
                .body(not(containsString("jackson")))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldNameEveryInvalidField() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body("{\"code\": \"\", \"kind\": \"BOARD\"}")
                .when().post("/goals/v1/org-units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void shouldNameAFieldOfTheWrongType() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body("{\"code\": \"X1\", \"name\": \"N\", \"kind\": \"PLANET\"}")
                .when().post("/goals/v1/org-units")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldRefuseAnUnknownField() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body("{\"code\": \"X2\", \"name\": \"N\", \"kind\": \"BOARD\", \"colour\": 1}")
                .when().post("/goals/v1/org-units")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void shouldRefuseAnotherMediaType() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.XML).body("<orgUnit/>")
                .when().post("/goals/v1/org-units")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRequireATokenToCreate() {
        given().contentType(ContentType.JSON).body(body(uniqueCode()))
                .when().post("/goals/v1/org-units")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
    }

    @Test
    void shouldForbidAReaderToCreate() {
        given().header("Authorization", TestTokens.reader()).contentType(ContentType.JSON).body(body(uniqueCode()))
                .when().post("/goals/v1/org-units")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAnUnknownIdWith404() {
        given().when().get("/goals/v1/org-units/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAGarbageIdWithAProblemNotA500() {
        given().when().get("/goals/v1/org-units/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseALimitOverTheMaximumNamingIt() {
        given().queryParam("limit", 100000).when().get("/goals/v1/org-units")
                .then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }


    private static String createdId(String code) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(body(code))
                .post("/goals/v1/org-units").then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldAnswerNotModifiedWhenTheClientHasTheCurrentVersion() {
        String id = createdId(uniqueCode());
        String etag = given().when().get("/goals/v1/org-units/" + id).then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/goals/v1/org-units/" + id)
                .then().statusCode(304);
    }

    @Test
    void shouldApplyAChangeMadeAgainstTheCurrentVersion() {
        String code = uniqueCode();
        String id = createdId(code);

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(code).replace("Testnämnden", "Omdöpta nämnden"))
                .when().put("/goals/v1/org-units/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Omdöpta nämnden"));
    }

    @Test
    void shouldRefuseAChangeMadeAgainstAStaleVersion() {
        String code = uniqueCode();
        String id = createdId(code);
        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(code).replace("Testnämnden", "Första ändringen"))
                .put("/goals/v1/org-units/" + id).then().statusCode(200);

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(body(code).replace("Testnämnden", "Förlorad ändring"))
                .when().put("/goals/v1/org-units/" + id)
                .then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRequireAVersionToChange() {
        String code = uniqueCode();
        String id = createdId(code);

        given().header("Authorization", TestTokens.strategist())
                .contentType(ContentType.JSON).body(body(code))
                .when().put("/goals/v1/org-units/" + id)
                .then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseACycleInTheHierarchyNamingTheParent() {
        String parent = createdId(uniqueCode());
        String childCode = uniqueCode();
        String child = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(body(childCode).replace("\"kind\"", "\"parentId\": \"" + parent + "\", \"kind\""))
                .post("/goals/v1/org-units").then().statusCode(201).extract().path("id");
        String parentCode = given().get("/goals/v1/org-units/" + parent).then().extract().path("code");

        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body(parentCode).replace("\"kind\"", "\"parentId\": \"" + child + "\", \"kind\""))
                .when().put("/goals/v1/org-units/" + parent)
                .then().statusCode(422)
                .body("errors.field", hasItem("parentId"));
    }

    @Test
    void shouldFindAnOrgUnitByCode() {
        String code = uniqueCode();
        createdId(code);

        given().queryParam("code", code).when().get("/goals/v1/org-units")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo(code));
    }
}
