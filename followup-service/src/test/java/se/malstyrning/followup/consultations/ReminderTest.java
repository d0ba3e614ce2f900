package se.malstyrning.followup.consultations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static se.malstyrning.followup.consultations.ConsultationFixture.PATH;
import static se.malstyrning.followup.consultations.ConsultationFixture.answer;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;
import static se.malstyrning.followup.consultations.ConsultationFixture.sent;

@QuarkusTest
class ReminderTest {

    private final ConsultationRepository consultations;
    private final ReminderService reminders;

    ReminderTest(ConsultationRepository consultations, ReminderService reminders) {
        this.consultations = consultations;
        this.reminders = reminders;
    }

    @Test
    void shouldListTheRecipientsThatHaveNotAnsweredDaysBeforeTheReplyDate() {
        String answering = freshCode();
        String silent = freshCode();
        UUID answeringUnit = OwnersStub.orgUnit(answering);
        String id = sent(List.of(answeringUnit, OwnersStub.orgUnit(silent)), List.of());
        answer(TestTokens.boardEditor("bun", answering), id, answeringUnit, "SUPPORTS", "").statusCode(201);
        replyDateIn(id, 5);

        given().header("Authorization", TestTokens.strategist()).queryParam("daysBefore", 5)
                .when().get(PATH + "/" + id + "/unanswered-recipients")
                .then().statusCode(200)
                .body("items.orgUnitCode", contains(silent))
                .body("total", equalTo(1));
        given().header("Authorization", TestTokens.strategist()).queryParam("daysBefore", 4)
                .when().get(PATH + "/" + id + "/unanswered-recipients")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldRemindEachUnansweredRecipientOnceBeforeTheReplyDate() {
        String answering = freshCode();
        String silent = freshCode();
        UUID answeringUnit = OwnersStub.orgUnit(answering);
        String id = sent(List.of(answeringUnit, OwnersStub.orgUnit(silent)), List.of());
        String silentPortal = subscribeToAnswerDue(silent);
        String answeringPortal = subscribeToAnswerDue(answering);
        answer(TestTokens.boardEditor("bun", answering), id, answeringUnit, "SUPPORTS", "").statusCode(201);
        replyDateIn(id, 3);

        reminders.remindDue(LocalDate.now(Consultation.MUNICIPALITY_ZONE));
        reminders.remindDue(LocalDate.now(Consultation.MUNICIPALITY_ZONE));

        given().header("Authorization", TestTokens.strategist())
                .when().get("/followup/v1/webhooks/" + silentPortal + "/deliveries")
                .then().statusCode(200)
                .body("items.eventType", contains("consultation.answer-due"));
        given().header("Authorization", TestTokens.strategist())
                .when().get("/followup/v1/webhooks/" + answeringPortal + "/deliveries")
                .then().statusCode(200)
                .body("items", empty());
        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + id + "/reminders")
                .then().statusCode(200)
                .body("items.orgUnitCode", contains(silent))
                .body("items[0].daysBefore", equalTo(7));
    }

    @Test
    void shouldRemindNoOneWhileTheReplyDateIsFurtherAwayThanTheReminderDays() {
        String id = sent(List.of(OwnersStub.orgUnit(freshCode())), List.of());
        reminders.remindDue(LocalDate.now(Consultation.MUNICIPALITY_ZONE));
        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + id + "/reminders")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldRefuseTheRemindersOfAConsultationToABoard() {
        String code = freshCode();
        String id = sent(List.of(OwnersStub.orgUnit(code)), List.of());
        given().header("Authorization", TestTokens.boardEditor("bun", code))
                .when().get(PATH + "/" + id + "/reminders")
                .then().statusCode(403);
    }

    private void replyDateIn(String id, int days) {
        QuarkusTransaction.requiringNew().run(() -> consultations.update("replyDate = ?1 where id = ?2",
                LocalDate.now(Consultation.MUNICIPALITY_ZONE).plusDays(days), UUID.fromString(id)));
    }

    private static String subscribeToAnswerDue(String orgUnitCode) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"callbackUrl": "https://portal.invalid/hooks", "eventTypes": ["consultation.answer-due"], "orgUnit": "%s"}
                        """.formatted(orgUnitCode))
                .when().post("/followup/v1/webhooks")
                .then().statusCode(201).extract().path("id");
    }
}
