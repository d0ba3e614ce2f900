package se.malstyrning.followup.decisions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static se.malstyrning.followup.cases.CaseFixture.openCase;
import static se.malstyrning.followup.consultations.ConsultationFixture.PATH;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;
import static se.malstyrning.followup.consultations.ConsultationFixture.sent;
import static se.malstyrning.followup.consultations.ConsultationFixture.transition;

@QuarkusTest
class DecisionResourceTest {

    private static String paragraph() {
        return "§ " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse decide(String caseId, String paragraph, String extra) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"body": "KF", "date": "2019-05-27", "paragraph": "%s",
                         "text": "Kommunfullmäktige godkänner förslag till nya mål för mandatperioden.",
                         "sentTo": ["Samtliga nämnder och bolag", "Kommunledningskontoret"]%s}
                        """.formatted(paragraph, extra))
                .when().post("/followup/v1/cases/" + caseId + "/decisions").then();
    }

    @Test
    void shouldRecordADecisionWithWhomItIsSentTo() {
        String caseId = openCase();
        String paragraph = paragraph();
        decide(caseId, paragraph, "").statusCode(201)
                .body("body", equalTo("KF"))
                .body("sentTo", contains("Samtliga nämnder och bolag", "Kommunledningskontoret"));
        given().header("Authorization", TestTokens.reader())
                .when().get("/followup/v1/cases/" + caseId + "/decisions")
                .then().statusCode(200)
                .body("items.paragraph", contains(paragraph));
    }

    @Test
    void shouldRefuseADecisionOnAnUncompiledConsultation() {
        String consultation = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        decide(openCase(), paragraph(), ", \"consultationId\": \"%s\"".formatted(consultation)).statusCode(409);
        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + consultation)
                .then().body("status", equalTo("SENT"));
    }

    @Test
    void shouldConcludeACompiledConsultation() {
        String consultation = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        transition(consultation, "close").statusCode(200);
        transition(consultation, "compile").statusCode(200);
        decide(openCase(), paragraph(), ", \"consultationId\": \"%s\"".formatted(consultation)).statusCode(201);
        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + consultation)
                .then().body("status", equalTo("DECIDED"));
    }

    @Test
    void shouldTellGoalsServiceWhichGoalsTheDecisionAdoptsAndWhereItIsRecorded() {
        UUID goal = UUID.randomUUID();
        OwnersStub.adoptionSucceeds(goal);
        String paragraph = paragraph();
        String caseId = openCase();
        String decision = decide(caseId, paragraph, ", \"adoptedGoalIds\": [\"%s\"]".formatted(goal))
                .statusCode(201)
                .body("adoptedGoalIds", contains(goal.toString()))
                .extract().path("id");
        OwnersStub.server().verify(postRequestedFor(urlPathEqualTo("/goals/v1/adoptions"))
                .withRequestBody(containing(goal.toString()))
                .withRequestBody(containing(paragraph))
                .withRequestBody(containing("2019/"))
                .withRequestBody(containing("\"caseId\":\"" + caseId + "\""))
                .withRequestBody(containing("\"decisionId\":\"" + decision + "\"")));
    }

    @Test
    void shouldStillAcceptTheDeprecatedNameAdoptsGoalIds() {
        UUID goal = UUID.randomUUID();
        OwnersStub.adoptionSucceeds(goal);
        decide(openCase(), paragraph(), ", \"adoptsGoalIds\": [\"%s\"]".formatted(goal))
                .statusCode(201)
                .body("adoptedGoalIds", contains(goal.toString()));
    }

    @Test
    void shouldRefuseBothNamesOfTheAdoptedGoalsAtOnce() {
        UUID goal = UUID.randomUUID();
        decide(openCase(), paragraph(), ", \"adoptsGoalIds\": [\"%1$s\"], \"adoptedGoalIds\": [\"%1$s\"]".formatted(goal))
                .statusCode(400)
                .body("errors[0].field", equalTo("adoptsGoalIds"));
    }

    @Test
    void shouldLinkADecisionToTheGoalsItAdoptedAtGoalsService() {
        UUID goal = UUID.randomUUID();
        OwnersStub.adoptionSucceeds(goal);
        decide(openCase(), paragraph(), ", \"adoptedGoalIds\": [\"%s\"]".formatted(goal))
                .statusCode(201)
                .body("adoptedGoalUrls", contains("https://malstyrning.test/goals/v1/goals/" + goal));
    }

    @Test
    void shouldServeDecisionsAsPublicRecordsWithoutTheNameOfWhoRecordedThem() {
        String caseId = openCase();
        String id = decide(caseId, paragraph(), "").statusCode(201).extract().path("id");
        given().when().get("/followup/v1/cases/" + caseId + "/decisions/" + id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("createdBy", org.hamcrest.Matchers.nullValue());
        given().when().get("/followup/v1/cases/" + caseId + "/decisions")
                .then().statusCode(200)
                .body("items.id", contains(id));
        given().header("Authorization", TestTokens.reader()).when().get("/followup/v1/cases/" + caseId + "/decisions/" + id)
                .then().statusCode(200)
                .body("createdBy", equalTo("strateg"));
    }

    @Test
    void shouldCarryOverTargetsWhenADecisionAdoptsANewVersion() {
        UUID newVersion = UUID.randomUUID();
        OwnersStub.adoptionSucceeds(newVersion);
        OwnersStub.carryOverSucceeds(newVersion, UUID.randomUUID());
        decide(openCase(), paragraph(), ", \"adoptsGoalIds\": [\"%s\"]".formatted(newVersion))
                .statusCode(201)
                .body("measurementCarryOver.goalId", contains(newVersion.toString()))
                .body("measurementCarryOver.outcome", contains("CARRIED_OVER"));
        OwnersStub.server().verify(1, postRequestedFor(urlPathEqualTo("/indicators/v1/goals/" + newVersion + "/carry-over")));
    }

    @Test
    void shouldTakeAGoalThatContinuesNoOtherAsNothingToCarryOver() {
        UUID firstVersion = UUID.randomUUID();
        OwnersStub.adoptionSucceeds(firstVersion);
        OwnersStub.carryOverHasNothingToCarry(firstVersion);
        decide(openCase(), paragraph(), ", \"adoptsGoalIds\": [\"%s\"]".formatted(firstVersion))
                .statusCode(201)
                .body("measurementCarryOver.outcome", contains("NOTHING_TO_CARRY_OVER"));
        OwnersStub.server().verify(1, postRequestedFor(urlPathEqualTo("/indicators/v1/goals/" + firstVersion + "/carry-over")));
    }

    @Test
    void shouldKeepTheDecisionWhenIndicatorsServiceIsDown() {
        UUID newVersion = UUID.randomUUID();
        OwnersStub.adoptionSucceeds(newVersion);
        OwnersStub.carryOverFails(newVersion);
        String caseId = openCase();
        String paragraph = paragraph();
        decide(caseId, paragraph, ", \"adoptsGoalIds\": [\"%s\"]".formatted(newVersion))
                .statusCode(201)
                .body("adoptedGoalIds", contains(newVersion.toString()))
                .body("measurementCarryOver.outcome", contains("NOT_CARRIED_OVER"))
                .body("measurementCarryOver[0].detail", containsString("/indicators/v1/goals/" + newVersion + "/carry-over"));
        given().header("Authorization", TestTokens.strategist())
                .when().get("/followup/v1/cases/" + caseId + "/decisions")
                .then().body("items.paragraph", contains(paragraph))
                .body("items[0].adoptedGoalIds", contains(newVersion.toString()));
    }

    @Test
    void shouldAskNoCarryOverForADecisionThatAdoptsNoGoals() {
        decide(openCase(), paragraph(), "").statusCode(201).body("$", not(hasKey("measurementCarryOver")));
    }

    @Test
    void shouldRecordNothingWhenGoalsServiceIsDownAndSucceedOnRetry() {
        UUID goal = UUID.randomUUID();
        OwnersStub.adoptionFails(goal);
        String caseId = openCase();
        String paragraph = paragraph();
        String adopts = ", \"adoptsGoalIds\": [\"%s\"]".formatted(goal);
        decide(caseId, paragraph, adopts).statusCode(503).header("Retry-After", notNullValue());
        given().header("Authorization", TestTokens.strategist())
                .when().get("/followup/v1/cases/" + caseId + "/decisions")
                .then().body("items", empty());

        OwnersStub.adoptionSucceeds(goal);
        decide(caseId, paragraph, adopts).statusCode(201).body("adoptedGoalIds", contains(goal.toString()));
    }

    @Test
    void shouldRefuseASecondDecisionUnderTheSameParagraph() {
        String caseId = openCase();
        String paragraph = paragraph();
        decide(caseId, paragraph, "").statusCode(201);
        decide(caseId, paragraph, "").statusCode(409).body("errors.field", contains("paragraph"));
    }

    @Test
    void shouldRefuseADecisionWithoutText() {
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"body\": \"KF\", \"date\": \"2019-05-27\", \"paragraph\": \"§ 1\"}")
                .when().post("/followup/v1/cases/" + openCase() + "/decisions")
                .then().statusCode(400).body("errors.field", contains("text"));
    }

    @Test
    void shouldForbidABoardEditorToRecordADecision() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body("{\"body\": \"KF\", \"date\": \"2019-05-27\", \"paragraph\": \"§ 1\", \"text\": \"x\"}")
                .when().post("/followup/v1/cases/" + openCase() + "/decisions")
                .then().statusCode(403);
    }
}
