package se.malstyrning.followup.cycles;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.malstyrning.followup.cycles.CycleFixture.PATH;
import static se.malstyrning.followup.cycles.CycleFixture.open;
import static se.malstyrning.followup.risks.RiskFixture.freshYear;

@QuarkusTest
class CycleResourceTest {

    @Test
    void shouldOpenAnAnnualCycleWithItsDeadline() {
        int year = freshYear();
        String id = open("ANNUAL", year).statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN"))
                .when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("kind", equalTo("ANNUAL"))
                .body("deadline", equalTo((year + 1) + "-02-15"));
    }

    @Test
    void shouldRefuseASecondCycleOfTheSameKindAndYear() {
        int year = freshYear();
        open("INTERIM", year).statusCode(201);
        open("INTERIM", year).statusCode(409).body("errors.field", contains("year"));
    }

    @Test
    void shouldRefuseAnUnknownKind() {
        open("QUARTERLY", freshYear()).statusCode(400).body("errors.field", contains("kind"));
    }

    @Test
    void shouldForbidABoardEditorToOpenACycle() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType("application/json")
                .body("{\"kind\": \"ANNUAL\", \"year\": 2020, \"title\": \"x\", \"deadline\": \"2021-02-15\"}")
                .when().post(PATH)
                .then().statusCode(403);
    }
}
