package se.malstyrning.followup.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CaseResourceTest {

    /** Each test registers in a year of its own, so series never meet. */
    private static int freshYear() {
        return ThreadLocalRandom.current().nextInt(1900, 2100);
    }

    private static String open(int year, String explicitNumber) {
        String number = explicitNumber == null ? "null" : "\"" + explicitNumber + "\"";
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"body": "KS", "year": %d, "registrationNumber": %s, "title": "Nya mål för mandatperioden",
                         "caseOfficerRole": "Verksamhetsutvecklare"}
                        """.formatted(year, number))
                .when().post("/followup/v1/cases")
                .then().statusCode(201)
                .extract().path("registrationNumber");
    }

    @Test
    void shouldAssignTheNextRegistrationNumberOfTheBodyAndYear() {
        int year = freshYear();
        assertEquals("KS " + year + "/001", open(year, null));
        assertEquals("KS " + year + "/002", open(year, null));
    }

    @Test
    void shouldContinueTheSeriesAfterAnExplicitNumber() {
        int year = freshYear();
        assertEquals("KS " + year + "/160", open(year, "KS " + year + "/160"));
        assertEquals("KS " + year + "/161", open(year, null));
    }

    @Test
    void shouldGiveConcurrentOpeningsDistinctNumbers() {
        int year = freshYear();
        List<CompletableFuture<String>> openings = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> open(year, null))).toList();
        long distinct = openings.stream().map(CompletableFuture::join).distinct().count();
        assertEquals(8, distinct);
    }

    @Test
    void shouldRefuseARegistrationNumberThatIsTaken() {
        int year = freshYear();
        open(year, "KS " + year + "/017");
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"body": "KS", "year": %d, "registrationNumber": "KS %d/017", "title": "Dubblett"}
                        """.formatted(year, year))
                .when().post("/followup/v1/cases")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("registrationNumber"));
    }

    @Test
    void shouldRefuseARegistrationNumberOfAnotherForm() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"body": "KS", "year": 2019, "registrationNumber": "2019-160", "title": "Fel form"}
                        """)
                .when().post("/followup/v1/cases")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("registrationNumber"));
    }

    @Test
    void shouldLetAReaderListCases() {
        open(freshYear(), null);
        given().header("Authorization", TestTokens.reader())
                .when().get("/followup/v1/cases")
                .then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void shouldRequireATokenToListCases() {
        given().when().get("/followup/v1/cases")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldForbidABoardEditorToOpenACase() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body("{\"body\": \"KS\", \"year\": 2019, \"title\": \"X\"}")
                .when().post("/followup/v1/cases")
                .then().statusCode(403);
    }
}
