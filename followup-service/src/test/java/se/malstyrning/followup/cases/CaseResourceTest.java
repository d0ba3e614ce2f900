package se.malstyrning.followup.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.malstyrning.followup.cases.CaseFixture.freshBody;

@QuarkusTest
class CaseResourceTest {

    private static final int YEAR = 2019;

    private static String open(String body, String explicitNumber) {
        String number = explicitNumber == null ? "null" : "\"" + explicitNumber + "\"";
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"body": "%s", "year": %d, "registrationNumber": %s, "title": "Nya mål för mandatperioden",
                         "caseOfficerRole": "Verksamhetsutvecklare"}
                        """.formatted(body, YEAR, number))
                .when().post("/followup/v1/cases")
                .then().statusCode(201)
                .extract().path("registrationNumber");
    }

    @Test
    void shouldFindACaseByItsRegistrationNumberWithoutAToken() {
        String body = freshBody();
        open(body, body + " 2019/160");
        open(body, null);
        given().queryParam("registrationNumber", body + " 2019/160").when().get("/followup/v1/cases")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].registrationNumber", equalTo(body + " 2019/160"))
                .body("items[0].title", equalTo("Nya mål för mandatperioden"));
    }

    @Test
    void shouldFindNoCaseForAnUnregisteredNumber() {
        given().queryParam("registrationNumber", freshBody() + " 2019/999").when().get("/followup/v1/cases")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldRefuseARegistrationNumberQueryOfAnotherForm() {
        given().queryParam("registrationNumber", "2019-160").when().get("/followup/v1/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("registrationNumber"));
    }

    @Test
    void shouldServeACaseAsAPublicRecordWithoutUserNamesOrTheUnpublishedProposal() {
        String body = freshBody();
        String number = open(body, null);
        String id = given().queryParam("registrationNumber", number).when().get("/followup/v1/cases")
                .then().statusCode(200)
                .body("items[0].createdBy", org.hamcrest.Matchers.nullValue())
                .body("items[0].updatedBy", org.hamcrest.Matchers.nullValue())
                .extract().path("items[0].id");
        given().when().get("/followup/v1/cases/" + id)
                .then().statusCode(200)
                .body("registrationNumber", equalTo(number))
                .body("createdBy", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", TestTokens.reader()).when().get("/followup/v1/cases/" + id)
                .then().statusCode(200)
                .body("createdBy", equalTo("strateg"));
    }

    @Test
    void shouldPublishTheProposalOnceTheCaseHasBeenOnAMeetingThatTookPlace() {
        String id = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"body": "%s", "year": 2019, "title": "Program", "proposal": "Arbetsutskottet föreslår …"}
                        """.formatted(freshBody()))
                .when().post("/followup/v1/cases").then().statusCode(201).extract().path("id");
        given().when().get("/followup/v1/cases/" + id).then().statusCode(200)
                .body("proposal", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"step\": \"AU\", \"date\": \"2019-12-04\"}")
                .when().post("/followup/v1/cases/" + id + "/meetings").then().statusCode(201);
        given().when().get("/followup/v1/cases/" + id).then().statusCode(200)
                .body("proposal", equalTo("Arbetsutskottet föreslår …"));
    }

    @Test
    void shouldAssignTheNextRegistrationNumberOfTheBodyAndYear() {
        String body = freshBody();
        assertEquals(body + " 2019/001", open(body, null));
        assertEquals(body + " 2019/002", open(body, null));
    }

    @Test
    void shouldContinueTheSeriesAfterAnExplicitNumber() {
        String body = freshBody();
        assertEquals(body + " 2019/160", open(body, body + " 2019/160"));
        assertEquals(body + " 2019/161", open(body, null));
    }

    @Test
    void shouldGiveConcurrentOpeningsDistinctNumbers() {
        String body = freshBody();
        List<CompletableFuture<String>> openings = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> open(body, null))).toList();
        long distinct = openings.stream().map(CompletableFuture::join).distinct().count();
        assertEquals(8, distinct);
    }

    @Test
    void shouldRefuseARegistrationNumberThatIsTaken() {
        String body = freshBody();
        open(body, body + " 2019/017");
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"body": "%1$s", "year": 2019, "registrationNumber": "%1$s 2019/017", "title": "Dubblett"}
                        """.formatted(body))
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
        open(freshBody(), null);
        given().header("Authorization", TestTokens.reader())
                .when().get("/followup/v1/cases")
                .then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void shouldListCasesWithoutATokenAsPublicRecords() {
        open(freshBody(), null);
        given().when().get("/followup/v1/cases")
                .then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("items.createdBy.findAll { it != null }", empty());
    }

    @Test
    void shouldForbidABoardEditorToOpenACase() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body("{\"body\": \"KS\", \"year\": 2019, \"title\": \"X\"}")
                .when().post("/followup/v1/cases")
                .then().statusCode(403);
    }
}
