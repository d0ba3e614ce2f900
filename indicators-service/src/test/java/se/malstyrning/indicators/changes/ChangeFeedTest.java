package se.malstyrning.indicators.changes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class ChangeFeedTest {

    private static long latestCursor() {
        long cursor = 0;
        boolean more = true;
        while (more) {
            var page = given().queryParam("since", cursor).queryParam("limit", 1000)
                    .header("Authorization", TestTokens.reader()).get("/indicators/v1/changes")
                    .then().statusCode(200).extract();
            cursor = ((Number) page.path("nextSince")).longValue();
            more = page.path("hasMore");
        }
        return cursor;
    }

    private static String addIndicator() {
        return TestData.indicator(TestData.uniqueCode());
    }

    @Test
    void shouldFeedAChangedIndicatorAfterTheCursorWithItsLink() {
        long cursor = latestCursor();
        String id = addIndicator();

        given().queryParam("since", cursor).when().get("/indicators/v1/changes")
                .then().statusCode(200)
                .body("items.resourceId", hasItem(id))
                .body("items.find { it.resourceId == '" + id + "' }.resourceType", equalTo("INDICATOR"))
                .body("items.find { it.resourceId == '" + id + "' }.change", equalTo("CREATED"))
                .body("items.find { it.resourceId == '" + id + "' }.href", equalTo("/indicators/v1/indicators/" + id))
                .body("items.revision", everyItem(greaterThan((int) cursor)));
    }

    @Test
    void shouldAnswerNotModifiedUntilSomethingChanges() {
        long cursor = latestCursor();
        String etag = given().queryParam("since", cursor).get("/indicators/v1/changes").then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("since", cursor).header("If-None-Match", etag).when().get("/indicators/v1/changes")
                .then().statusCode(304);

        addIndicator();

        given().queryParam("since", cursor).header("If-None-Match", etag).when().get("/indicators/v1/changes")
                .then().statusCode(200);
    }
}
