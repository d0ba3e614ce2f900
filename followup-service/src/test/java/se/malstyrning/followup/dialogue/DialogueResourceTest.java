package se.malstyrning.followup.dialogue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class DialogueResourceTest {

    private static final String PATH = "/followup/v1/citizen-dialogues";

    private static ValidatableResponse create(boolean open) {
        return given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"title": "Medborgardialog om nya mål", "date": "2019-04-01", "form": "WORKSHOP",
                         "targetGroups": ["Företagare", "Pensionärer", "Gymnasieelever"], "participants": 100,
                         "openForAnswers": %s,
                         "questions": [
                           {"goalAreaName": "Kunskap, hälsa och fritid", "text": "Vad behövs för en aktiv fritid?"},
                           {"goalAreaName": "Delaktighet, tillgänglighet och trygghet", "text": "Var känner du dig otrygg?"}]}
                        """.formatted(open))
                .when().post(PATH).then();
    }

    private static ValidatableResponse answer(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(PATH + "/" + id + "/answers").then();
    }

    private static String oneAnswer(String questionId, String targetGroup, String text) {
        return """
                {"targetGroup": %s, "answers": [{"questionId": "%s", "text": "%s"}]}
                """.formatted(targetGroup == null ? "null" : "\"" + targetGroup + "\"", questionId, text);
    }

    @Test
    void shouldShowTheDialogueAndItsQuestionsWithoutAToken() {
        String id = create(true).statusCode(201).extract().path("id");
        given().when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("participants", equalTo(100))
                .body("questions.goalAreaName", contains("Kunskap, hälsa och fritid",
                        "Delaktighet, tillgänglighet och trygghet"));
    }

    @Test
    void shouldTakeAnonymousAnswersAndSummarizeThemPerGoalAreaAndTargetGroup() {
        ValidatableResponse created = create(true).statusCode(201);
        String id = created.extract().path("id");
        String leisure = created.extract().path("questions[0].id");
        answer(id, oneAnswer(leisure, "Pensionärer", "Fler promenadstråk.")).statusCode(202).body("answers", equalTo(1));
        answer(id, oneAnswer(leisure, null, "Spontanidrott i Skillingaryd.")).statusCode(202);

        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + id + "/summary")
                .then().statusCode(200)
                .body("digitalAnswers", equalTo(2))
                .body("goalAreas[0].goalAreaName", equalTo("Kunskap, hälsa och fritid"))
                .body("goalAreas[0].questions[0].byTargetGroup.Pensionärer", equalTo(1))
                .body("goalAreas[0].questions[0].byTargetGroup.NOT_GIVEN", equalTo(1))
                .body("goalAreas[1].questions[0].answers", equalTo(0));
    }

    @Test
    void shouldLimitAnswersFromOneAddress() {
        ValidatableResponse created = create(true).statusCode(201);
        String id = created.extract().path("id");
        String question = created.extract().path("questions[0].id");
        for (int i = 0; i < 3; i++) {
            answer(id, oneAnswer(question, null, "Svar " + i)).statusCode(202);
        }
        answer(id, oneAnswer(question, null, "Ett svar för mycket"))
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    @Test
    void shouldKeepTheIdempotencyKeysOfTwoAnonymousCitizensApart() {
        ValidatableResponse created = create(true).statusCode(201);
        String id = created.extract().path("id");
        String question = created.extract().path("questions[0].id");
        String key = "svar-1";
        for (String citizen : new String[]{"198.51.100.7", "198.51.100.8"}) {
            given().header("X-Forwarded-For", citizen).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(oneAnswer(question, null, "Svar från " + citizen)).when().post(PATH + "/" + id + "/answers")
                    .then().statusCode(202)
                    .header("Idempotency-Key-Replayed", org.hamcrest.Matchers.nullValue());
        }
        given().header("X-Forwarded-For", "198.51.100.7").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(oneAnswer(question, null, "Svar från 198.51.100.7")).when().post(PATH + "/" + id + "/answers")
                .then().statusCode(202)
                .header("Idempotency-Key-Replayed", equalTo("true"));

        given().header("Authorization", TestTokens.strategist())
                .when().get(PATH + "/" + id + "/summary")
                .then().statusCode(200)
                .body("digitalAnswers", equalTo(2));
    }

    @Test
    void shouldRefuseATargetGroupTheDialogueDidNotHave() {
        ValidatableResponse created = create(true).statusCode(201);
        answer(created.extract().path("id"), oneAnswer(created.extract().path("questions[0].id"), "Astronauter", "Hej"))
                .statusCode(422)
                .body("errors.field", contains("targetGroup"));
    }

    @Test
    void shouldRefuseAnAnswerToAQuestionOfAnotherDialogue() {
        String id = create(true).statusCode(201).extract().path("id");
        answer(id, oneAnswer(UUID.randomUUID().toString(), null, "Hej"))
                .statusCode(422)
                .body("errors.field", contains("answers[0].questionId"));
    }

    @Test
    void shouldRefuseAnEmptyAnswer() {
        ValidatableResponse created = create(true).statusCode(201);
        answer(created.extract().path("id"), oneAnswer(created.extract().path("questions[0].id"), null, " "))
                .statusCode(400)
                .body("errors[0].field", allOf(startsWith("answers"), containsString("text")));
    }

    @Test
    void shouldRefuseDigitalAnswersToADialogueNotOpenForThem() {
        ValidatableResponse created = create(false).statusCode(201);
        answer(created.extract().path("id"), oneAnswer(created.extract().path("questions[0].id"), null, "Hej"))
                .statusCode(409);
    }

    @Test
    void shouldRefuseDeeplyNestedJsonFromAnAnonymousCitizenNamingTheLimit() {
        String id = create(true).statusCode(201).extract().path("id");
        String nested = "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500);
        answer(id, nested)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nested at most 64 levels"));
    }

    @Test
    void shouldRefuseANumberOfAThousandDigitsFromAnAnonymousCitizenNamingTheLimit() {
        ValidatableResponse created = create(true).statusCode(201);
        answer(created.extract().path("id"), """
                {"targetGroup": %s, "answers": [{"questionId": "%s", "text": "Hej"}]}
                """.formatted("1".repeat(1_001), (String) created.extract().path("questions[0].id")))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 100 characters"));
    }

    @Test
    void shouldRefuseUnknownFieldsSuchAsAName() {
        ValidatableResponse created = create(true).statusCode(201);
        answer(created.extract().path("id"), """
                {"name": "Anna Andersson", "answers": [{"questionId": "%s", "text": "Hej"}]}
                """.formatted((String) created.extract().path("questions[0].id")))
                .statusCode(400)
                .body("errors.field", contains("name"));
    }

    @Test
    void shouldKeepTheSummaryFromABoardEditor() {
        String id = create(true).statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.boardEditor("bun", "BUN"))
                .when().get(PATH + "/" + id + "/summary")
                .then().statusCode(403);
    }
}
