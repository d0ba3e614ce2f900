package se.malstyrning.followup.consultations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.malstyrning.followup.OwnersStub;
import se.malstyrning.followup.TestBoard;
import se.malstyrning.testsupport.TestTokens;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.malstyrning.followup.consultations.ConsultationFixture.PATH;
import static se.malstyrning.followup.consultations.ConsultationFixture.answer;
import static se.malstyrning.followup.consultations.ConsultationFixture.freshCode;
import static se.malstyrning.followup.consultations.ConsultationFixture.goalComment;
import static se.malstyrning.followup.consultations.ConsultationFixture.sent;
import static se.malstyrning.followup.consultations.ConsultationFixture.transition;

@QuarkusTest
class ResponseResourceTest {

    private final ConsultationRepository consultations;

    ResponseResourceTest(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Test
    void shouldLetABoardAnswerForItsOrgUnit() {
        TestBoard board = TestBoard.fresh();
        UUID goal = OwnersStub.goal("KF2");
        String id = sent(List.of(board.unit()), List.of(goal));
        answer(board.token(), id, board.unit(), "SUPPORTS_WITH_CHANGES",
                goalComment(goal, "Ambitionsnivån bör förtydligas."))
                .statusCode(201)
                .body("orgUnitCode", equalTo(board.code()))
                .body("revision", equalTo(1))
                .body("late", equalTo(false))
                .body("goalComments[0].comment", equalTo("Ambitionsnivån bör förtydligas."));
    }

    @Test
    void shouldLinkAnAnswerToItsConsultation() {
        TestBoard board = TestBoard.fresh();
        UUID goal = OwnersStub.goal("KF2");
        String id = sent(List.of(board.unit()), List.of(goal));
        answer(board.token(), id, board.unit(), "SUPPORTS", goalComment(goal, "Bra."))
                .statusCode(201)
                .body("consultationUrl", equalTo("https://malstyrning.test/followup/v1/consultations/" + id));
    }

    @Test
    void shouldRefuseAnswerFromAnotherBoard() {
        String ours = freshCode();
        UUID ourUnit = OwnersStub.orgUnit(ours);
        UUID theirUnit = OwnersStub.orgUnit(freshCode());
        String id = sent(List.of(ourUnit, theirUnit), List.of());
        answer(TestTokens.boardEditor("bun", ours), id, theirUnit, "OPPOSES", "")
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnsweringTwiceWithoutARevision() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of());
        answer(board.token(), id, board.unit(), "SUPPORTS", "").statusCode(201);
        answer(board.token(), id, board.unit(), "OPPOSES", "")
                .statusCode(409)
                .body("errors.field", contains("orgUnitId"));
    }

    @Test
    void shouldKeepEveryRevisionOfAChangedAnswer() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of());
        String responseId = answer(board.token(), id, board.unit(), "SUPPORTS", "").statusCode(201).extract().path("id");

        given().header("Authorization", board.token()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"position\": \"OPPOSES\", \"text\": \"Nämnden har omprövat.\"}")
                .when().put(PATH + "/" + id + "/responses/" + responseId)
                .then().statusCode(200)
                .body("revision", equalTo(2))
                .body("position", equalTo("OPPOSES"));

        given().header("Authorization", board.token())
                .when().get(PATH + "/" + id + "/responses/" + responseId + "/revisions")
                .then().statusCode(200)
                .body("items.revision", contains(1, 2))
                .body("items.position", contains("SUPPORTS", "OPPOSES"));
    }

    @Test
    void shouldRefuseARevisionMadeAgainstAnOldVersion() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of());
        String responseId = answer(board.token(), id, board.unit(), "SUPPORTS", "").statusCode(201).extract().path("id");
        given().header("Authorization", board.token()).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body("{\"position\": \"OPPOSES\"}")
                .when().put(PATH + "/" + id + "/responses/" + responseId)
                .then().statusCode(412);
    }

    @Test
    void shouldAcceptALateAnswerAndMarkItLate() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of());
        replyDatePassed(id);
        answer(board.token(), id, board.unit(), "NO_OPINION", "")
                .statusCode(201)
                .body("late", equalTo(true));
    }

    @Test
    void shouldMarkAnAnswerAfterClosingLateWithWhenAndByWhomItWasLetIn() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of());
        transition(id, "close").statusCode(200);
        answer(board.token(), id, board.unit(), "SUPPORTS", "")
                .statusCode(201)
                .body("late", equalTo(true))
                .body("lateReason", equalTo("AFTER_CLOSING"))
                .body("lateAdmittedAt", notNullValue())
                .body("lateAdmittedBy", equalTo("editor-" + board.code().toLowerCase()));
    }

    @Test
    void shouldRefuseAnAnswerAfterTheReplyDateWhenTheRemissRefusesLateAnswers() {
        TestBoard board = TestBoard.fresh();
        String id = sentRefusingLateAnswers(board.unit());
        replyDatePassed(id);
        answer(board.token(), id, board.unit(), "SUPPORTS", "")
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnAnswerAfterClosingWhenTheRemissRefusesLateAnswers() {
        TestBoard board = TestBoard.fresh();
        String id = sentRefusingLateAnswers(board.unit());
        transition(id, "close").statusCode(200);
        answer(board.token(), id, board.unit(), "SUPPORTS", "")
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldTakeAnAnswerInTimeUnmarkedWhenTheRemissRefusesLateAnswers() {
        TestBoard board = TestBoard.fresh();
        String id = sentRefusingLateAnswers(board.unit());
        answer(board.token(), id, board.unit(), "SUPPORTS", "")
                .statusCode(201)
                .body("late", equalTo(false))
                .body("$", not(hasKey("lateReason")));
    }

    @Test
    void shouldListTheRecipientsThatAreOverdue() {
        String answering = freshCode();
        String silent = freshCode();
        UUID answeringUnit = OwnersStub.orgUnit(answering);
        String id = sent(List.of(answeringUnit, OwnersStub.orgUnit(silent)), List.of());
        answer(TestTokens.boardEditor("bun", answering), id, answeringUnit, "SUPPORTS", "").statusCode(201);
        replyDatePassed(id);
        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + id + "/overdue-recipients")
                .then().statusCode(200)
                .body("items.orgUnitCode", contains(silent))
                .body("total", equalTo(1));
    }

    @Test
    void shouldLetTwoBoardsAnsweringAtTheSameMomentBothLand() {
        String first = freshCode();
        String second = freshCode();
        UUID firstUnit = OwnersStub.orgUnit(first);
        UUID secondUnit = OwnersStub.orgUnit(second);
        String id = sent(List.of(firstUnit, secondUnit), List.of());
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> awaitThenAnswer(start, first, id, firstUnit));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> awaitThenAnswer(start, second, id, secondUnit));
        start.countDown();

        assertEquals(201, one.join());
        assertEquals(201, two.join());
        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + id + "/responses")
                .then().statusCode(200)
                .body("items.orgUnitCode", containsInAnyOrder(first, second));
    }

    @Test
    void shouldShowABoardOnlyItsOwnAnswers() {
        String ours = freshCode();
        String theirs = freshCode();
        UUID ourUnit = OwnersStub.orgUnit(ours);
        UUID theirUnit = OwnersStub.orgUnit(theirs);
        String id = sent(List.of(ourUnit, theirUnit), List.of());
        answer(TestTokens.boardEditor("bun", ours), id, ourUnit, "SUPPORTS", "").statusCode(201);
        answer(TestTokens.boardEditor("sn", theirs), id, theirUnit, "OPPOSES", "").statusCode(201);
        given().header("Authorization", TestTokens.boardEditor("bun", ours))
                .when().get(PATH + "/" + id + "/responses")
                .then().statusCode(200)
                .body("items.orgUnitCode", contains(ours));
    }

    @Test
    void shouldRefuseACommentOnAGoalTheConsultationDoesNotConcern() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of(OwnersStub.goal("KF1")));
        answer(board.token(), id, board.unit(), "SUPPORTS", goalComment(UUID.randomUUID(), "Bra"))
                .statusCode(422)
                .body("errors.field", contains("goalComments[0].goalId"));
    }

    @Test
    void shouldRefuseGoalCommentsWithADeclinedAnswer() {
        TestBoard board = TestBoard.fresh();
        UUID goal = OwnersStub.goal("KF1");
        String id = sent(List.of(board.unit()), List.of(goal));
        answer(board.token(), id, board.unit(), "DECLINED", goalComment(goal, "Bra"))
                .statusCode(400)
                .body("errors.field", contains("goalComments"));
    }

    @Test
    void shouldRefuseAnAnswerOnceTheConsultationIsCompiled() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of());
        transition(id, "close").statusCode(200);
        transition(id, "compile").statusCode(200);
        answer(board.token(), id, board.unit(), "SUPPORTS", "").statusCode(409);
    }

    @Test
    void shouldRefuseAnUnknownPosition() {
        TestBoard board = TestBoard.fresh();
        String id = sent(List.of(board.unit()), List.of());
        answer(board.token(), id, board.unit(), "MAYBE", "")
                .statusCode(400)
                .body("errors.field", contains("position"));
    }

    private static int awaitThenAnswer(CountDownLatch start, String code, String id, UUID unit) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return answer(TestTokens.boardEditor("board", code), id, unit, "SUPPORTS", "").extract().statusCode();
    }

    private static String sentRefusingLateAnswers(UUID unit) {
        String id = ConsultationFixture.postDraft(ConsultationFixture.body(List.of(unit), List.of(), LocalDate.now().plusDays(30))
                        .replace("\"replyDate\"", "\"lateAnswers\": \"REFUSE\", \"replyDate\""))
                .statusCode(201).body("lateAnswers", equalTo("REFUSE")).extract().path("id");
        transition(id, "send").statusCode(200);
        return id;
    }

    /** The reply date as if the consultation had been sent long ago. */
    private void replyDatePassed(String id) {
        QuarkusTransaction.requiringNew().run(() -> consultations.update("replyDate = ?1 where id = ?2",
                LocalDate.now().minusDays(3), UUID.fromString(id)));
    }
}
