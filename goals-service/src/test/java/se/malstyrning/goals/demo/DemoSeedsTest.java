package se.malstyrning.goals.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo data says what the seeds and the municipality say. */
@QuarkusTest
class DemoSeedsTest {

    private final DemoData demoData;

    DemoSeedsTest(DemoData demoData) {
        this.demoData = demoData;
    }

    @Test
    void shouldGiveTheHousingCompanyARealisticName() {
        demoData.load();
        given().queryParam("code", "VBAB").when().get("/goals/v1/org-units")
                .then().statusCode(200)
                .body("items[0].name", equalTo("Vaggeryds Bostads AB"));
    }

    @Test
    void shouldMapTheEnvironmentalPolicyToTheEnergyCompanysGoal() {
        demoData.load();
        String energyGoal = goalId("VEAB", "VEAB1");
        String housingGoal = goalId("VBAB", "VBAB1");
        given().header("Authorization", TestTokens.reader()).queryParam("limit", 500).when().get("/goals/v1/steering-documents")
                .then().statusCode(200)
                .body("items.find { it.title == 'Miljöpolicy (demo)' }.goalIds", hasItem(energyGoal))
                .body("items.find { it.title == 'Miljöpolicy (demo)' }.goalIds", not(hasItem(housingGoal)));
    }

    private static String goalId(String owner, String code) {
        String ownerId = given().queryParam("code", owner).when().get("/goals/v1/org-units")
                .then().statusCode(200).extract().path("items[0].id");
        List<String> ids = given().header("Authorization", TestTokens.reader()).queryParam("limit", 500)
                .queryParam("ownerOrgUnitId", ownerId)
                .when().get("/goals/v1/goals")
                .then().statusCode(200).extract().path("items.findAll { it.code == '" + code + "' }.id");
        assertTrue(!ids.isEmpty(), code);
        return ids.getFirst();
    }
}
