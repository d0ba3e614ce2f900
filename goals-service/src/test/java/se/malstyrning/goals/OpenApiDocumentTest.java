package se.malstyrning.goals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class OpenApiDocumentTest {

    private static final String DOCUMENT = "/goals/v1/openapi";

    @Test
    void shouldDocumentTheProblemsAChangeCanAnswer() {
        given().queryParam("format", "json").when().get(DOCUMENT)
                .then().statusCode(200)
                .body("paths.'/goals/v1/goals/{id}'.put.responses", hasKey("412"))
                .body("paths.'/goals/v1/goals/{id}'.put.responses", hasKey("428"))
                .body("paths.'/goals/v1/goals/{id}'.put.responses.'422'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties", hasKey("errors"));
    }

    @Test
    void shouldNameEveryOperation() {
        given().queryParam("format", "json").when().get(DOCUMENT)
                .then().statusCode(200)
                .body("paths.collect { it.value.values() }.flatten().findAll { it.operationId == null }.size()", equalTo(0))
                .body("paths.'/goals/v1/goals'.post.operationId", notNullValue());
    }
}
