package se.malstyrning.followup.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.followup.TestBoard;
import se.malstyrning.followup.consultations.Consultation;
import se.malstyrning.followup.consultations.ConsultationEvents;
import se.malstyrning.followup.consultations.ConsultationFixture;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class WebhooksTest {

    @Inject
    ConsultationEvents events;

    private static String subscribe(String token, String orgUnit, String... eventTypes) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("""
                        {"callbackUrl": "https://portal.invalid/hooks", "eventTypes": ["%s"], "orgUnit": "%s"}
                        """.formatted(String.join("\", \"", eventTypes), orgUnit))
                .post("/followup/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse deliveries(String token, String subscription) {
        return given().header("Authorization", token).get("/followup/v1/webhooks/" + subscription + "/deliveries")
                .then().statusCode(200);
    }

    @Test
    void shouldTellABoardPortalOfTheRemissSentToItsBoardAndOfItsAnswerOnly() {
        TestBoard mine = TestBoard.fresh();
        TestBoard other = TestBoard.fresh();
        String subscription = subscribe(mine.token(), mine.code(), "consultation.sent", "consultation.answer-received");

        String consultation = ConsultationFixture.sent(List.of(mine.unit(), other.unit()), List.of(OwnersStub.goal("KF1")));
        ConsultationFixture.answer(other.token(), consultation, other.unit(), "SUPPORTS", "").statusCode(201);
        ConsultationFixture.answer(mine.token(), consultation, mine.unit(), "SUPPORTS", "").statusCode(201);

        deliveries(mine.token(), subscription).body("items.eventType", contains("consultation.answer-received", "consultation.sent"));
    }

    @Test
    void shouldPublishTheAnswerDueEventForTheReminders() {
        TestBoard board = TestBoard.fresh();
        String subscription = subscribe(TestTokens.strategist(), board.code(), "consultation.answer-due");
        String consultation = ConsultationFixture.sent(List.of(board.unit()), List.of(OwnersStub.goal("KF1")));

        QuarkusTransaction.requiringNew().run(() -> {
            Consultation sent = Consultation.findById(UUID.fromString(consultation));
            events.answerDue(sent, sent.recipients.getFirst(), 7);
        });

        deliveries(TestTokens.strategist(), subscription).body("total", equalTo(1))
                .body("items[0].eventType", equalTo("consultation.answer-due"));
    }
}
