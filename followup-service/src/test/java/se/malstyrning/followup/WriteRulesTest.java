package se.malstyrning.followup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import se.malstyrning.followup.assessments.AssessmentFixture;
import se.malstyrning.followup.cases.CaseFixture;
import se.malstyrning.followup.consultations.ConsultationFixture;
import se.malstyrning.followup.cycles.CycleFixture;
import se.malstyrning.followup.risks.RiskFixture;
import se.malstyrning.testsupport.TestTokens;
import se.malstyrning.testsupport.contract.WriteCall;
import se.malstyrning.testsupport.contract.WriteRulesContract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static se.malstyrning.testsupport.contract.WriteCall.post;
import static se.malstyrning.testsupport.contract.WriteCall.put;

@QuarkusTest
class WriteRulesTest extends WriteRulesContract {

    private static final String OFFICE = TestTokens.strategist();
    private static final String CONSULTATIONS = ConsultationFixture.PATH;
    private static final String CYCLES = CycleFixture.PATH;

    @Override
    protected String api() {
        return "followup";
    }

    @Override
    protected Map<String, Supplier<WriteCall>> writes() {
        return calls();
    }

    /** A valid call of every write of followup-service, on data of its own. */
    static Map<String, Supplier<WriteCall>> calls() {
        return se.malstyrning.testsupport.contract.WebhookCalls.with(ownCalls(), "followup", "decision.recorded");
    }

    private static Map<String, Supplier<WriteCall>> ownCalls() {
        return Map.ofEntries(
                entry("openCase", () -> post(OFFICE, "/followup/v1/cases", caseJson())),
                entry("planCaseMeeting", () -> post(OFFICE, "/followup/v1/cases/" + CaseFixture.openCase() + "/meetings",
                        "{\"step\": \"KS\", \"date\": \"2019-05-06\"}")),
                entry("recordDecision", () -> post(OFFICE, "/followup/v1/cases/" + CaseFixture.openCase() + "/decisions", """
                        {"body": "KF", "date": "2019-05-27", "paragraph": "§ %s",
                         "text": "Kommunfullmäktige godkänner förslag till nya mål för mandatperioden."}
                        """.formatted(UUID.randomUUID().toString().substring(0, 8)))),
                entry("draftConsultation", () -> post(OFFICE, CONSULTATIONS, consultationJson(TestBoard.fresh()))),
                entry("updateConsultation", () -> {
                    TestBoard board = TestBoard.fresh();
                    String id = created(OFFICE, CONSULTATIONS, consultationJson(board));
                    return put(OFFICE, CONSULTATIONS + "/" + id, consultationJson(board).replace("Remiss:", "Ändrad remiss:"));
                }),
                entry("sendConsultation", () -> post(OFFICE, CONSULTATIONS + "/" + draft() + "/send", null)),
                entry("closeConsultation", () -> post(OFFICE, CONSULTATIONS + "/" + sent(TestBoard.fresh()) + "/close", null)),
                entry("compileConsultation", () -> {
                    String id = sent(TestBoard.fresh());
                    ConsultationFixture.transition(id, "close").statusCode(200);
                    return post(OFFICE, CONSULTATIONS + "/" + id + "/compile", null);
                }),
                entry("answerConsultation", () -> {
                    TestBoard board = TestBoard.fresh();
                    return post(board.token(), CONSULTATIONS + "/" + sent(board) + "/responses", answerJson(board));
                }),
                entry("reviseConsultationResponse", () -> {
                    TestBoard board = TestBoard.fresh();
                    String id = sent(board);
                    String response = created(board.token(), CONSULTATIONS + "/" + id + "/responses", answerJson(board));
                    return put(board.token(), CONSULTATIONS + "/" + id + "/responses/" + response,
                            "{\"position\": \"OPPOSES\", \"text\": \"Nämnden har omprövat.\"}");
                }),
                entry("openFollowUpCycle", () -> {
                    int year = RiskFixture.freshYear();
                    return post(OFFICE, CYCLES, """
                            {"kind": "ANNUAL", "year": %d, "title": "Årsredovisning %d", "deadline": "%d-02-15"}
                            """.formatted(year, year, year + 1));
                }),
                entry("submitAssessment", () -> {
                    TestBoard board = TestBoard.fresh();
                    return post(board.token(), CYCLES + "/" + AssessmentFixture.cycle() + "/assessments", assessmentJson(board));
                }),
                entry("reviseAssessment", () -> {
                    TestBoard board = TestBoard.fresh();
                    String cycle = AssessmentFixture.cycle();
                    String body = assessmentJson(board);
                    String id = created(board.token(), CYCLES + "/" + cycle + "/assessments", body);
                    return put(board.token(), CYCLES + "/" + cycle + "/assessments/" + id, body.replace("\"ACHIEVED\"", "\"PARTLY_ACHIEVED\""));
                }),
                entry("approveAssessment", () -> review("approve", "{}")),
                entry("returnAssessment", () -> review("return", "{\"comment\": \"Komplettera med analys per målgrupp.\"}")),
                entry("recordRisk", () -> post(OFFICE, "/followup/v1/risks", riskJson(TestBoard.fresh().unit()))),
                entry("updateRisk", () -> {
                    UUID unit = TestBoard.fresh().unit();
                    String id = created(OFFICE, "/followup/v1/risks", riskJson(unit));
                    return put(OFFICE, "/followup/v1/risks/" + id, riskJson(unit).replace("\"Risk\"", "\"Omvärderad risk\""));
                }),
                entry("buildInternalControlPlan", () -> {
                    int year = RiskFixture.freshYear();
                    RiskFixture.record(OFFICE, TestBoard.fresh().unit(), year, 4, 4).statusCode(201);
                    return post(OFFICE, "/followup/v1/internal-control-plans", "{\"year\": %d, \"minRiskValue\": 9}".formatted(year));
                }),
                entry("updateInternalControl", () -> {
                    int year = RiskFixture.freshYear();
                    RiskFixture.record(OFFICE, TestBoard.fresh().unit(), year, 4, 4).statusCode(201);
                    ValidatableResponse plan = given().header("Authorization", OFFICE).contentType("application/json")
                            .body("{\"year\": %d, \"minRiskValue\": 9}".formatted(year))
                            .post("/followup/v1/internal-control-plans").then().statusCode(201);
                    return put(OFFICE, "/followup/v1/internal-control-plans/" + plan.extract().path("id") + "/controls/"
                            + plan.extract().path("controls[0].id"), """
                            {"what": "Andel legitimerade lärare", "method": "Stickprov", "responsibleRole": "Förvaltningschef",
                             "timing": "Halvårsvis", "followUpStatus": "IN_PROGRESS"}
                            """).against("\"" + plan.extract().path("controls[0].version") + "\"");
                }),
                entry("createActivity", () -> post(OFFICE, "/followup/v1/activities", activityJson(TestBoard.fresh().unit()))),
                entry("updateActivity", () -> {
                    UUID unit = TestBoard.fresh().unit();
                    String id = created(OFFICE, "/followup/v1/activities", activityJson(unit));
                    return put(OFFICE, "/followup/v1/activities/" + id, activityJson(unit).replace("PLANNED", "ONGOING"));
                }),
                entry("createCitizenDialogue", () -> post(OFFICE, "/followup/v1/citizen-dialogues", dialogueJson())),
                entry("answerCitizenDialogue", () -> {
                    ValidatableResponse dialogue = given().header("Authorization", OFFICE).contentType("application/json")
                            .body(dialogueJson()).post("/followup/v1/citizen-dialogues").then().statusCode(201);
                    return post(null, "/followup/v1/citizen-dialogues/" + dialogue.extract().path("id") + "/answers", """
                            {"targetGroup": "Företagare", "answers": [{"questionId": "%s", "text": "Fler cykelvägar"}]}
                            """.formatted((String) dialogue.extract().path("questions[0].id")));
                }));
    }

    private static String created(String bearer, String path, String json) {
        return given().header("Authorization", bearer).contentType("application/json").body(json)
                .post(path).then().statusCode(201).extract().path("id");
    }

    private static String draft() {
        return ConsultationFixture.draft(List.of(TestBoard.fresh().unit()), List.of());
    }

    private static String sent(TestBoard board) {
        return ConsultationFixture.sent(List.of(board.unit()), List.of());
    }

    private static WriteCall review(String action, String body) {
        TestBoard board = TestBoard.fresh();
        String cycle = AssessmentFixture.cycle();
        String id = created(board.token(), CYCLES + "/" + cycle + "/assessments", assessmentJson(board));
        return post(OFFICE, CYCLES + "/" + cycle + "/assessments/" + id + "/" + action, body);
    }

    private static String caseJson() {
        return "{\"body\": \"%s\", \"year\": 2019, \"title\": \"Nya mål för mandatperioden\"}".formatted(CaseFixture.freshBody());
    }

    private static String consultationJson(TestBoard board) {
        return ConsultationFixture.body(List.of(board.unit()), List.of(), LocalDate.now().plusDays(30));
    }

    private static String answerJson(TestBoard board) {
        return """
                {"orgUnitId": "%s", "position": "SUPPORTS", "text": "Nämnden har behandlat remissen.", "goalComments": []}
                """.formatted(board.unit());
    }

    private static String assessmentJson(TestBoard board) {
        return AssessmentFixture.body(AssessmentFixture.measuredGoal("BUN1", board.code()), board.unit(), "ACHIEVED");
    }

    private static String riskJson(UUID unit) {
        return """
                {"orgUnitId": "%s", "year": 2020, "title": "Risk", "category": "OPERATIONAL", "probability": 3, "consequence": 4}
                """.formatted(unit);
    }

    private static String activityJson(UUID unit) {
        return """
                {"title": "Läxhjälp på biblioteket", "ownerOrgUnitId": "%s", "cooperatingOrgUnitIds": [],
                 "goalIds": ["%s"], "targetGroups": ["Gymnasieelever"], "status": "PLANNED",
                 "startDate": "2020-01-01", "endDate": "2020-12-31"}
                """.formatted(unit, OwnersStub.goal("KF3"));
    }

    private static String dialogueJson() {
        return """
                {"title": "Medborgardialog om nya mål", "date": "2019-04-01", "form": "WORKSHOP",
                 "targetGroups": ["Företagare"], "participants": 100, "openForAnswers": true,
                 "questions": [{"goalAreaName": "Kunskap, hälsa och fritid", "text": "Vad behövs för en aktiv fritid?"}]}
                """;
    }
}
