package se.malstyrning.systemtest;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;

/**
 * The realm's confidential clients hold only what they need (README, Demo accounts): followup-service
 * records adoption decisions and carries the adopted goals' measurement over, nothing else; the other
 * services' clients and the example integration read open data only. None of them reads a board's drafts or remiss answers.
 */
@ExtendWith(RunningSuite.class)
class ServiceClientsSystemTest {

    private static final List<String> OPEN_DATA_CLIENTS = List.of("goals-service", "indicators-service", "integration-reader");

    /** A client-credentials token of a demo client (its demo secret is its id with -demo-secret). */
    private static String clientToken(String clientId) {
        return "Bearer " + RestAssured.given()
                .baseUri(RunningSuite.suite().keycloakUrl().toString()).port(RunningSuite.suite().keycloakUrl().getPort())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-demo-secret")
                .when().post("/realms/malstyrning/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String adoption(String goal) {
        return """
                {"goalIds": ["%s"], "decision": {"body": "KF", "date": "2019-05-27", "paragraph": "§ %s",
                 "registrationNumber": "KS 2019/017"}}
                """.formatted(goal, Api.unique(""));
    }

    @Test
    void shouldLetFollowupServicesClientRecordAnAdoptionAndNothingElse() {
        String draft = Api.draftBoardGoal("BUN");
        String followup = clientToken("followup-service");

        given().header("Authorization", followup).get("/goals/v1/goals/" + draft).then().statusCode(404);
        given().header("Authorization", followup).contentType(ContentType.JSON).body(Api.boardGoalBody("BUN"))
                .post("/goals/v1/goals").then().statusCode(403);
        String consultation = Api.sentConsultation("BUN");
        given().header("Authorization", followup).get("/followup/v1/consultations/" + consultation).then().statusCode(403);
        given().header("Authorization", followup).get("/followup/v1/consultations").then().statusCode(200).body("items", empty());

        given().header("Authorization", followup).contentType(ContentType.JSON).body(adoption(draft))
                .when().post("/goals/v1/adoptions")
                .then().statusCode(200)
                .body("adopted", hasItem(draft));
        // Its narrow role of indicators-service lets it ask for the carry-over (the goal continues none: 409, not 403).
        given().header("Authorization", followup).post("/indicators/v1/goals/" + draft + "/carry-over")
                .then().statusCode(409);
    }

    @Test
    void shouldLetTheOtherClientsReadOpenDataOnly() {
        String draft = Api.draftBoardGoal("SN");
        String adopted = Api.demoGoal("SN1");
        String consultation = Api.sentConsultation("SN");
        for (String client : OPEN_DATA_CLIENTS) {
            String token = clientToken(client);
            given().header("Authorization", token).get("/goals/v1/goals/" + adopted).then().statusCode(200);
            given().header("Authorization", token).get("/goals/v1/goals/" + draft).then().statusCode(404);
            given().header("Authorization", token).get("/followup/v1/consultations/" + consultation).then().statusCode(403);
            given().header("Authorization", token).get("/followup/v1/consultations").then().statusCode(200).body("items", empty());
            given().header("Authorization", token).contentType(ContentType.JSON).body(adoption(draft))
                    .post("/goals/v1/adoptions").then().statusCode(403);
            given().header("Authorization", token).post("/indicators/v1/goals/" + adopted + "/carry-over").then().statusCode(403);
        }
    }
}
