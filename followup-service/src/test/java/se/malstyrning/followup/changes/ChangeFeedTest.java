package se.malstyrning.followup.changes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.cases.CaseFixture;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ChangeFeedTest {

    private static long latestCursor() {
        long cursor = 0;
        boolean more = true;
        while (more) {
            var page = given().queryParam("since", cursor).queryParam("limit", 1000)
                    .header("Authorization", TestTokens.reader()).get("/followup/v1/changes")
                    .then().statusCode(200).extract();
            cursor = ((Number) page.path("nextSince")).longValue();
            more = page.path("hasMore");
        }
        return cursor;
    }

    @Test
    void shouldFeedAnOpenedCaseAfterTheCursorWithItsLink() {
        long cursor = latestCursor();
        String id = CaseFixture.openCase();

        given().header("Authorization", TestTokens.reader()).queryParam("since", cursor).when().get("/followup/v1/changes")
                .then().statusCode(200)
                .body("items.resourceId", hasItem(id))
                .body("items.find { it.resourceId == '" + id + "' }.resourceType", equalTo("CASE"))
                .body("items.find { it.resourceId == '" + id + "' }.href", equalTo("/followup/v1/cases/" + id))
                .body("items.revision", everyItem(greaterThan((int) cursor)));
    }

    @Test
    void shouldKeepUnpublishedWorkOutOfTheFeedOfCallersWithoutAToken() {
        long cursor = latestCursor();
        String id = CaseFixture.openCase();

        given().queryParam("since", cursor).when().get("/followup/v1/changes")
                .then().statusCode(200)
                .body("items.resourceId", not(hasItem(id)))
                .body("nextSince", greaterThan((int) cursor));
    }

    @Test
    void shouldNeverFeedAChangeAtOrBeforeTheCursor() {
        CaseFixture.openCase();
        long cursor = latestCursor();

        given().header("Authorization", TestTokens.reader()).queryParam("since", cursor).when().get("/followup/v1/changes")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty())
                .body("nextSince", equalTo((int) cursor))
                .body("hasMore", equalTo(false));
    }
}
