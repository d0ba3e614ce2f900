package se.malstyrning.followup.activities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;

@QuarkusTest
class ActivityResourceTest {

    private static final String PATH = "/followup/v1/activities";

    private static String body(UUID owner, UUID cooperating, UUID goal, String start, String end) {
        return """
                {"title": "Läxhjälp på biblioteket", "ownerOrgUnitId": "%s", "cooperatingOrgUnitIds": ["%s"],
                 "goalIds": ["%s"], "targetGroups": ["Gymnasieelever"], "status": "PLANNED",
                 "startDate": "%s", "endDate": "%s"}
                """.formatted(owner, cooperating, goal, start, end);
    }

    private static ValidatableResponse create(String token, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then();
    }

    @Test
    void shouldRecordACrossSectoralActivityOfTheBoard() {
        String owner = freshCode();
        String partner = freshCode();
        create(TestTokens.boardEditor("bun", owner), body(OwnersStub.orgUnit(owner), OwnersStub.orgUnit(partner),
                OwnersStub.goal("KF3"), "2020-01-01", "2020-12-31"))
                .statusCode(201)
                .body("ownerOrgUnitCode", equalTo(owner))
                .body("cooperatingUnits.orgUnitCode", contains(partner))
                .body("targetGroups", contains("Gymnasieelever"));
    }

    @Test
    void shouldForbidAnActivityOfAnotherBoard() {
        create(TestTokens.boardEditor("bun", freshCode()), body(OwnersStub.orgUnit(freshCode()),
                OwnersStub.orgUnit(freshCode()), OwnersStub.goal("KF3"), "2020-01-01", "2020-12-31"))
                .statusCode(403);
    }

    @Test
    void shouldRefuseAnEndBeforeTheStart() {
        String owner = freshCode();
        create(TestTokens.strategist(), body(OwnersStub.orgUnit(owner), OwnersStub.orgUnit(freshCode()),
                OwnersStub.goal("KF3"), "2020-06-01", "2020-01-01"))
                .statusCode(400)
                .body("errors.field", contains("endDate"));
    }

    @Test
    void shouldRefuseACooperatingUnitGoalsServiceDoesNotKnow() {
        create(TestTokens.strategist(), body(OwnersStub.orgUnit(freshCode()), UUID.randomUUID(),
                OwnersStub.goal("KF3"), "2020-01-01", "2020-12-31"))
                .statusCode(422)
                .body("errors.field", contains("cooperatingOrgUnitIds[0]"));
    }

    @Test
    void shouldChangeTheStatusAgainstTheVersion() {
        String owner = freshCode();
        UUID unit = OwnersStub.orgUnit(owner);
        UUID partner = OwnersStub.orgUnit(freshCode());
        UUID goal = OwnersStub.goal("KF3");
        String id = create(TestTokens.strategist(), body(unit, partner, goal, "2020-01-01", "2020-12-31"))
                .statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.boardEditor("bun", owner)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body(unit, partner, goal, "2020-01-01", "2020-12-31").replace("PLANNED", "ONGOING"))
                .when().put(PATH + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("ONGOING"));
    }

    @Test
    void shouldListTheActivitiesOfAnOwner() {
        String owner = freshCode();
        create(TestTokens.strategist(), body(OwnersStub.orgUnit(owner), OwnersStub.orgUnit(freshCode()),
                OwnersStub.goal("KF3"), "2020-01-01", "2020-12-31")).statusCode(201);
        given().header("Authorization", TestTokens.reader()).queryParam("ownerOrgUnitCode", owner)
                .when().get(PATH)
                .then().statusCode(200)
                .body("items.ownerOrgUnitCode", contains(owner));
    }

    @Test
    void shouldListTheSameActivitiesByTheOwnersIdAndByItsCode() {
        String owner = freshCode();
        UUID unit = OwnersStub.orgUnit(owner);
        String id = create(TestTokens.strategist(), body(unit, OwnersStub.orgUnit(freshCode()),
                OwnersStub.goal("KF3"), "2020-01-01", "2020-12-31")).statusCode(201).extract().path("id");
        for (String[] query : new String[][]{{"ownerOrgUnit", owner}, {"ownerOrgUnit", unit.toString()}, {"ownerOrgUnitCode", owner}}) {
            given().header("Authorization", TestTokens.reader()).queryParam(query[0], query[1])
                    .when().get(PATH)
                    .then().statusCode(200)
                    .body("items.id", contains(id)).body("total", equalTo(1));
        }
    }

    @Test
    void shouldRefuseAnActivitiesFilterNamingNoOrgUnitNamingTheParameter() {
        given().header("Authorization", TestTokens.reader()).queryParam("ownerOrgUnit", freshCode())
                .when().get(PATH)
                .then().statusCode(400).body("errors.field", contains("ownerOrgUnit"));
        given().header("Authorization", TestTokens.reader()).queryParam("ownerOrgUnitCode", freshCode())
                .when().get(PATH)
                .then().statusCode(400).body("errors.field", contains("ownerOrgUnitCode"));
        String owner = freshCode();
        OwnersStub.orgUnit(owner);
        given().header("Authorization", TestTokens.reader()).queryParam("ownerOrgUnit", owner).queryParam("ownerOrgUnitCode", owner)
                .when().get(PATH)
                .then().statusCode(400).body("errors.field", contains("ownerOrgUnitCode"));
    }

    @Test
    void shouldRecordAnActivityWhoseOrgUnitsAreNamedByCode() {
        String owner = freshCode();
        String partner = freshCode();
        UUID unit = OwnersStub.orgUnit(owner);
        UUID partnerUnit = OwnersStub.orgUnit(partner);
        create(TestTokens.strategist(), """
                {"title": "Läxhjälp", "ownerOrgUnitCode": "%s", "cooperatingOrgUnitCodes": ["%s"], "status": "PLANNED"}
                """.formatted(owner, partner))
                .statusCode(201)
                .body("ownerOrgUnitId", equalTo(unit.toString()))
                .body("cooperatingUnits.orgUnitId", contains(partnerUnit.toString()));
    }

    @Test
    void shouldRefuseOrgUnitsWhoseIdsAndCodesDisagreeOrWhoseCodeIsUnknown() {
        String owner = freshCode();
        UUID unit = OwnersStub.orgUnit(owner);
        String other = freshCode();
        OwnersStub.orgUnit(other);
        create(TestTokens.strategist(), """
                {"title": "Läxhjälp", "ownerOrgUnitId": "%s", "ownerOrgUnitCode": "%s", "status": "PLANNED"}
                """.formatted(unit, other))
                .statusCode(400).body("errors.field", contains("ownerOrgUnitCode"));
        create(TestTokens.strategist(), """
                {"title": "Läxhjälp", "ownerOrgUnitCode": "%s", "status": "PLANNED"}
                """.formatted(freshCode()))
                .statusCode(422).body("errors.field", contains("ownerOrgUnitCode"));
        create(TestTokens.strategist(), """
                {"title": "Läxhjälp", "ownerOrgUnitId": "%s", "cooperatingOrgUnitCodes": ["%s", "%s"], "status": "PLANNED"}
                """.formatted(unit, other, freshCode()))
                .statusCode(422).body("errors.field", contains("cooperatingOrgUnitCodes[1]"));
        create(TestTokens.strategist(), """
                {"title": "Läxhjälp", "status": "PLANNED"}
                """)
                .statusCode(400).body("errors.field", contains("ownerOrgUnitId"));
    }

    @Test
    void shouldLetABoardTakingPartUpdateTheJointActivity() {
        String partnerCode = freshCode();
        UUID unit = OwnersStub.orgUnit(freshCode());
        UUID partner = OwnersStub.orgUnit(partnerCode);
        UUID goal = OwnersStub.goal("KF3");
        String id = create(TestTokens.strategist(), body(unit, partner, goal, "2020-01-01", "2020-12-31"))
                .statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.boardEditor("kfn", partnerCode)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body(unit, partner, goal, "2020-01-01", "2020-12-31").replace("PLANNED", "ONGOING"))
                .when().put(PATH + "/" + id)
                .then().statusCode(200)
                .body("status", equalTo("ONGOING"));
    }

    @Test
    void shouldRefuseABoardTakingPartWhenItChangesWhoTakesPart() {
        String partnerCode = freshCode();
        UUID unit = OwnersStub.orgUnit(freshCode());
        UUID partner = OwnersStub.orgUnit(partnerCode);
        UUID goal = OwnersStub.goal("KF3");
        String id = create(TestTokens.strategist(), body(unit, partner, goal, "2020-01-01", "2020-12-31"))
                .statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.boardEditor("kfn", partnerCode)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body(unit, OwnersStub.orgUnit(freshCode()), goal, "2020-01-01", "2020-12-31"))
                .when().put(PATH + "/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnUpdateOfAJointActivityFromABoardNotTakingPart() {
        UUID unit = OwnersStub.orgUnit(freshCode());
        UUID partner = OwnersStub.orgUnit(freshCode());
        UUID goal = OwnersStub.goal("KF3");
        String id = create(TestTokens.strategist(), body(unit, partner, goal, "2020-01-01", "2020-12-31"))
                .statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.boardEditor("sn", freshCode())).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(body(unit, partner, goal, "2020-01-01", "2020-12-31").replace("PLANNED", "ONGOING"))
                .when().put(PATH + "/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
