package se.malstyrning.followup.consultations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static se.malstyrning.followup.consultations.ConsultationFixture.PATH;
import static se.malstyrning.followup.consultations.ConsultationFixture.body;
import static se.malstyrning.followup.consultations.ConsultationFixture.draft;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;
import static se.malstyrning.followup.consultations.ConsultationFixture.postDraft;
import static se.malstyrning.followup.consultations.ConsultationFixture.sent;
import static se.malstyrning.followup.consultations.ConsultationFixture.transition;

@QuarkusTest
class ConsultationResourceTest {

    @Test
    void shouldDraftAConsultationToOrgUnitsNamedByGoalsService() {
        String code = freshCode();
        UUID goal = OwnersStub.goal("KF1");
        postDraft(body(List.of(OwnersStub.orgUnit(code)), List.of(goal), LocalDate.now().plusDays(30)))
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("recipients.orgUnitCode", contains(code))
                .body("goalIds", contains(goal.toString()));
    }

    @Test
    void shouldForwardTheCallersTokenToGoalsService() {
        UUID unit = OwnersStub.orgUnit(freshCode());
        draft(List.of(unit), List.of());
        OwnersStub.server().verify(getRequestedFor(urlPathEqualTo("/goals/v1/org-units/" + unit))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void shouldPassTheRequestIdOnToGoalsService() {
        UUID unit = OwnersStub.orgUnit(freshCode());
        String requestId = "remiss-" + UUID.randomUUID();
        given().header("Authorization", TestTokens.strategist()).header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body(body(List.of(unit), List.of(), null))
                .when().post(PATH)
                .then().statusCode(201);
        OwnersStub.server().verify(getRequestedFor(urlPathEqualTo("/goals/v1/org-units/" + unit))
                .withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(requestId)));
    }

    @Test
    void shouldRefuseARecipientGoalsServiceDoesNotKnow() {
        postDraft(body(List.of(OwnersStub.orgUnit(freshCode()), UUID.randomUUID()), List.of(), null))
                .statusCode(422)
                .body("errors.field", contains("recipientOrgUnitIds[1]"));
    }

    @Test
    void shouldRefuseAGoalGoalsServiceDoesNotKnow() {
        postDraft(body(List.of(), List.of(UUID.randomUUID()), null))
                .statusCode(422)
                .body("errors.field", contains("goalIds[0]"));
    }

    @Test
    void shouldAnswer503WithRetryAfterAndWriteNothingWhenGoalsServiceIsDown() {
        String subject = "Remiss " + freshCode();
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("{\"subject\": \"%s\", \"recipientOrgUnitIds\": [\"%s\"]}".formatted(subject, OwnersStub.failingOrgUnit()))
                .when().post(PATH)
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        given().header("Authorization", TestTokens.strategist()).queryParam("limit", 500)
                .when().get(PATH)
                .then().statusCode(200)
                .body("items.subject", not(hasItem(subject)));
    }

    @Test
    void shouldRefuseAReplyDateInThePast() {
        postDraft(body(List.of(), List.of(), LocalDate.now().minusDays(2)))
                .statusCode(400)
                .body("errors.field", contains("replyDate"));
    }

    @Test
    void shouldRefuseSendingWithoutRecipients() {
        String id = draft(List.of(), List.of());
        transition(id, "send").statusCode(422).body("errors.field", contains("recipientOrgUnitIds"));
    }

    @Test
    void shouldRefuseSendingWithoutAReplyDate() {
        String id = postDraft(body(List.of(OwnersStub.orgUnit(freshCode())), List.of(), null))
                .statusCode(201).extract().path("id");
        transition(id, "send").statusCode(422).body("errors.field", contains("replyDate"));
    }

    @Test
    void shouldMoveFromSentThroughClosedToCompiled() {
        String id = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        transition(id, "close").statusCode(200).body("status", equalTo("CLOSED"));
        transition(id, "compile").statusCode(200).body("status", equalTo("COMPILED"));
    }

    @Test
    void shouldRefuseCompilingAConsultationStillOut() {
        String id = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        transition(id, "compile").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseChangingASentConsultation() {
        String id = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(body(List.of(), List.of(), null))
                .when().put(PATH + "/" + id)
                .then().statusCode(409);
    }

    @Test
    void shouldReplaceTheRecipientsOfADraft() {
        UUID first = OwnersStub.orgUnit(freshCode());
        String secondCode = freshCode();
        String id = draft(List.of(first), List.of());
        given().header("Authorization", TestTokens.strategist()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(body(List.of(OwnersStub.orgUnit(secondCode), first), List.of(), null))
                .when().put(PATH + "/" + id)
                .then().statusCode(200)
                .body("recipients.size()", equalTo(2))
                .body("recipients.orgUnitCode", hasItem(secondCode));
    }

    @Test
    void shouldRequireTheVersionToChangeADraft() {
        String id = draft(List.of(), List.of());
        given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body(body(List.of(), List.of(), null))
                .when().put(PATH + "/" + id)
                .then().statusCode(428);
    }

    @Test
    void shouldHideDraftsFromBoardEditors() {
        String code = freshCode();
        String id = draft(List.of(OwnersStub.orgUnit(code)), List.of());
        given().header("Authorization", TestTokens.boardEditor("bun", code))
                .when().get(PATH + "/" + id)
                .then().statusCode(403);
    }

    @Test
    void shouldForbidABoardEditorToReadAConsultationToAnotherBoard() {
        String id = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        given().header("Authorization", TestTokens.boardEditor("sn", freshCode()))
                .when().get(PATH + "/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldListToABoardEditorOnlyTheConsultationsSentToItsOrgUnits() {
        String code = freshCode();
        String ours = sent(List.of(OwnersStub.orgUnit(code)), List.of());
        String others = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        given().header("Authorization", TestTokens.boardEditor("bun", code))
                .when().get(PATH)
                .then().statusCode(200)
                .body("items.id", contains(ours))
                .body("items.id", not(hasItem(others)));
    }

    @Test
    void shouldRequireATokenToReadConsultations() {
        given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void shouldForbidABoardEditorToDraftAConsultation() {
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN")).contentType(ContentType.JSON)
                .body(body(List.of(), List.of(), null))
                .when().post(PATH)
                .then().statusCode(403);
    }
}
