package se.malstyrning.followup.consultations;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.malstyrning.followup.consultations.ConsultationFixture.PATH;
import static se.malstyrning.followup.consultations.ConsultationFixture.answer;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;
import static se.malstyrning.followup.consultations.ConsultationFixture.goalComment;
import static se.malstyrning.followup.consultations.ConsultationFixture.sent;

@QuarkusTest
class CompilationTest {

    private record Journey(String consultationId, UUID goal, String supporting, String opposing, String silent) {
    }

    /** Three recipients: one supports with a goal comment, one opposes, one stays silent. */
    private static Journey answeredConsultation() {
        String supporting = freshCode();
        String opposing = freshCode();
        String silent = freshCode();
        UUID supportingUnit = OwnersStub.orgUnit(supporting);
        UUID opposingUnit = OwnersStub.orgUnit(opposing);
        UUID goal = OwnersStub.goal("KF3");
        String id = sent(List.of(supportingUnit, opposingUnit, OwnersStub.orgUnit(silent)), List.of(goal));
        answer(TestTokens.boardEditor("a", supporting), id, supportingUnit, "SUPPORTS",
                goalComment(goal, "Fritidsindikatorerna är bra valda.")).statusCode(201);
        answer(TestTokens.boardEditor("b", opposing), id, opposingUnit, "OPPOSES", "").statusCode(201);
        return new Journey(id, goal, supporting, opposing, silent);
    }

    @Test
    void shouldGroupEveryAnswerByPositionAndByGoal() {
        Journey journey = answeredConsultation();
        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + journey.consultationId() + "/compilation")
                .then().statusCode(200)
                .body("recipients", equalTo(3))
                .body("answered", equalTo(2))
                .body("byPosition.position", contains("SUPPORTS", "OPPOSES"))
                .body("byPosition[0].answers.orgUnitCode", contains(journey.supporting()))
                .body("byGoal[0].goalId", equalTo(journey.goal().toString()))
                .body("byGoal[0].comments.comment", contains("Fritidsindikatorerna är bra valda."))
                .body("notAnswered.orgUnitCode", contains(journey.silent()));
    }

    @Test
    void shouldOfferTheCompilationAsAReadableDocument() {
        Journey journey = answeredConsultation();
        given().header("Authorization", TestTokens.strategist()).accept("text/markdown")
                .when().get(PATH + "/" + journey.consultationId() + "/compilation")
                .then().statusCode(200)
                .contentType(containsString("text/markdown"))
                .body(containsString("# Sammanställning av remissvar"))
                .body(containsString("Nämnden " + journey.opposing()))
                .body(containsString("Fritidsindikatorerna är bra valda."));
    }

    @Test
    void shouldNotShowTheCompilationToABoardEditor() {
        Journey journey = answeredConsultation();
        given().header("Authorization", TestTokens.boardEditor("a", journey.supporting()))
                .when().get(PATH + "/" + journey.consultationId() + "/compilation")
                .then().statusCode(403);
    }
}
