package se.malstyrning.goals.goal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.malstyrning.goals.GoalFixtures.area;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.councilGoalJson;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

/** Org units are named by id or by code alike, in queries and in bodies (docs/service-contracts.md). */
@QuarkusTest
class OrgUnitByIdOrCodeTest {

    @Test
    void shouldListTheSameGoalsByTheOwnersIdAndByItsCode() {
        Period period = period();
        String[] owner = board();
        String goal = post(TestTokens.strategist(), "/goals/v1/goals", councilGoalJson(period, area(), owner[0], uniqueCode("KF")));

        for (String[] query : List.of(new String[]{"ownerOrgUnit", owner[0]}, new String[]{"ownerOrgUnit", owner[1]},
                new String[]{"ownerOrgUnitId", owner[0]})) {
            given().header("Authorization", TestTokens.reader()).queryParam(query[0], query[1])
                    .when().get("/goals/v1/goals")
                    .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(goal)).body("total", equalTo(1));
        }
    }

    @Test
    void shouldRefuseAGoalsFilterNamingNoOrgUnitNamingTheParameter() {
        given().queryParam("ownerOrgUnit", "NO-SUCH-UNIT").when().get("/goals/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerOrgUnit"));
        given().queryParam("ownerOrgUnit", UUID.randomUUID().toString()).when().get("/goals/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerOrgUnit"));
        given().queryParam("ownerOrgUnit", "not a code!").when().get("/goals/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerOrgUnit"));
        String[] owner = board();
        given().queryParam("ownerOrgUnit", owner[1]).queryParam("ownerOrgUnitId", owner[0]).when().get("/goals/v1/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("ownerOrgUnitId"));
    }

    @Test
    void shouldCreateAGoalOwnedByTheOrgUnitItsCodeNames() {
        Period period = period();
        String[] owner = board();
        String byCode = councilGoalJson(period, area(), owner[0], uniqueCode("KF"))
                .replace("\"ownerOrgUnitId\": \"" + owner[0] + "\"", "\"ownerOrgUnitCode\": \"" + owner[1] + "\"");

        String id = post(TestTokens.strategist(), "/goals/v1/goals", byCode);

        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/goals/" + id)
                .then().statusCode(200).body("ownerOrgUnitId", equalTo(owner[0])).body("ownerOrgUnitCode", equalTo(owner[1]));
    }

    @Test
    void shouldRefuseAGoalWhoseOwnerIdAndCodeDisagreeOrWhoseCodeIsUnknown() {
        Period period = period();
        String[] owner = board();
        String[] other = board();
        String json = councilGoalJson(period, area(), owner[0], uniqueCode("KF"));

        create(json.replace("\"horizon\"", "\"ownerOrgUnitCode\": \"" + other[1] + "\", \"horizon\""))
                .then().statusCode(400).body("errors[0].field", equalTo("ownerOrgUnitCode"));
        create(json.replace("\"ownerOrgUnitId\": \"" + owner[0] + "\"", "\"ownerOrgUnitCode\": \"NO-SUCH-UNIT\""))
                .then().statusCode(422).body("errors[0].field", equalTo("ownerOrgUnitCode"));
        create(json.replace("\"ownerOrgUnitId\": \"" + owner[0] + "\",", ""))
                .then().statusCode(400).body("errors[0].field", equalTo("ownerOrgUnitId"));
    }

    @Test
    void shouldNameTheParentOfAnOrgUnitAndTheAdopterOfADocumentByCode() {
        String[] parent = board();
        String child = post(TestTokens.strategist(), "/goals/v1/org-units",
                "{\"code\": \"%s\", \"name\": \"Förvaltningen\", \"kind\": \"DEPARTMENT\", \"parentCode\": \"%s\"}"
                        .formatted(uniqueCode("D"), parent[1]));
        given().when().get("/goals/v1/org-units/" + child).then().statusCode(200).body("parentId", equalTo(parent[0]));

        String document = post(TestTokens.strategist(), "/goals/v1/steering-documents",
                "{\"title\": \"Policy\", \"kind\": \"POLICY\", \"adoptedByOrgUnitCode\": \"%s\"}".formatted(parent[1]));
        given().header("Authorization", TestTokens.reader()).when().get("/goals/v1/steering-documents/" + document)
                .then().statusCode(200).body("adoptedByOrgUnitId", equalTo(parent[0]));
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"title\": \"Policy\", \"kind\": \"POLICY\", \"adoptedByOrgUnitCode\": \"NO-SUCH-UNIT\"}")
                .when().post("/goals/v1/steering-documents")
                .then().statusCode(422).body("errors[0].field", equalTo("adoptedByOrgUnitCode"));
    }

    private static io.restassured.response.Response create(String json) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON).body(json)
                .when().post("/goals/v1/goals");
    }
}
