package se.malstyrning.indicators;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class OpenApiDocumentTest {

    private static final String DOCUMENT = "/indicators/v1/openapi";

    @Test
    void shouldDocumentTheProblemsAChangeOfATargetCanAnswer() {
        given().queryParam("format", "json").when().get(DOCUMENT)
                .then().statusCode(200)
                .body("paths.'/indicators/v1/targets/{id}'.put.responses", hasKey("412"))
                .body("paths.'/indicators/v1/targets/{id}'.put.responses", hasKey("428"))
                .body("paths.'/indicators/v1/targets'.post.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }

    @Test
    void shouldNameEveryOperationIncludingTheKoladaRoutes() {
        given().queryParam("format", "json").when().get(DOCUMENT)
                .then().statusCode(200)
                .body("paths.collect { it.value.values() }.flatten().findAll { it.operationId == null }.size()", equalTo(0))
                .body("paths.'/indicators/kolada/v3/kpi'.get.operationId", equalTo("koladaKpis"))
                .body("paths.'/indicators/v1/goals/{goalId}/fulfilment'.get.operationId", equalTo("getGoalFulfilment"));
    }
}
