package se.malstyrning.systemtest;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/**
 * Requests through the gateway as a demo user (or anonymously), the demo data's ids, and the
 * prerequisites a test creates for itself as the strategist (unique codes and years, so no test
 * depends on another's data).
 */
final class Api {

    static final String PERIOD = "2019-2022";

    private static final Map<String, String> DEMO_IDS = new ConcurrentHashMap<>();
    /** Goal area numbers and follow-up years no demo data uses; each test takes its own. */
    private static final AtomicInteger AREA_NUMBERS = new AtomicInteger(40);
    private static final AtomicInteger YEARS = new AtomicInteger(1950);

    private Api() {
    }

    /** A request as the demo user (password = user name), or without a token when user is null. */
    static RequestSpecification as(String user) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return user == null ? request : request.header("Authorization", Tokens.bearer(user));
    }

    static RequestSpecification office() {
        return as("strateg");
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static int freshAreaNumber() {
        return AREA_NUMBERS.getAndIncrement();
    }

    static int freshYear() {
        return YEARS.getAndIncrement();
    }

    static String orgUnit(String code) {
        return DEMO_IDS.computeIfAbsent("unit:" + code, key -> given().queryParam("code", code)
                .get("/goals/v1/org-units").then().statusCode(200).extract().path("items[0].id"));
    }

    static String period() {
        return DEMO_IDS.computeIfAbsent("period", key -> given().queryParam("limit", 100).get("/goals/v1/mandate-periods")
                .then().statusCode(200).extract().path("items.find { it.code == '" + PERIOD + "' }.id"));
    }

    static String goalArea(int number) {
        return DEMO_IDS.computeIfAbsent("area:" + number, key -> given().get("/goals/v1/goal-areas")
                .then().statusCode(200).extract().path("find { it.number == " + number + " }.id"));
    }

    /** An adopted goal of the demo data by its code (KF2, BUN1, SN1, ...). */
    static String demoGoal(String code) {
        return DEMO_IDS.computeIfAbsent("goal:" + code, key -> given().queryParam("mandatePeriodId", period())
                .queryParam("limit", 200).get("/goals/v1/goals")
                .then().statusCode(200).extract().path("items.find { it.code == '" + code + "' }.id"));
    }

    static String councilGoalBody() {
        return """
                {"code": "%s", "title": "Kommunfullmäktiges mål (systemtest)", "level": "COUNCIL",
                 "mandatePeriodId": "%s", "goalAreaId": "%s", "ownerOrgUnitId": "%s", "horizon": "STRUCTURAL"}
                """.formatted(unique("KF-"), period(), goalArea(2), orgUnit("KF"));
    }

    static String boardGoalBody(String owner) {
        return """
                {"code": "%s", "title": "Nämndens mål (systemtest)", "level": "BOARD", "mandatePeriodId": "%s",
                 "contributesTo": ["%s"], "ownerOrgUnitId": "%s", "horizon": "SHORT_TERM"}
                """.formatted(unique(owner + "-"), period(), demoGoal("KF2"), orgUnit(owner));
    }

    /** A draft board goal of the org unit, created by the office. */
    static String draftBoardGoal(String owner) {
        return office().body(boardGoalBody(owner)).post("/goals/v1/goals").then().statusCode(201).extract().path("id");
    }

    static String indicatorBody() {
        return """
                {"code": "%s", "title": "Systemtestindikator", "unit": "%%", "source": "KOLADA", "quality": "ACTUAL",
                 "polarity": "HIGHER_IS_BETTER", "frequency": "YEARLY", "horizon": "STRUCTURAL", "dividedByGender": false}
                """.formatted(unique("ST"));
    }

    /** An indicator of the catalogue, added by the office; returns its id. */
    static String indicator() {
        return office().body(indicatorBody()).post("/indicators/v1/indicators").then().statusCode(201).extract().path("id");
    }

    static String indicatorCode(String indicatorId) {
        return given().get("/indicators/v1/indicators/" + indicatorId).then().statusCode(200).extract().path("code");
    }

    static String targetBody(String goal, String indicator) {
        return """
                {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 60.0, "baselineYear": 2019,
                 "desiredValue": 70.0, "desiredYear": 2022, "acceptedValue": 65.0, "direction2030": "INCREASE"}
                """.formatted(goal, indicator);
    }

    static String caseBody() {
        return "{\"body\": \"KS\", \"year\": 2026, \"title\": \"Ärende (systemtest)\"}";
    }

    static String newCase() {
        return office().body(caseBody()).post("/followup/v1/cases").then().statusCode(201).extract().path("id");
    }

    static String consultationBody(String caseId, String... recipients) {
        String ids = String.join(", ", Arrays.stream(recipients).map(code -> "\"" + orgUnit(code) + "\"").toList());
        return """
                {"caseId": "%s", "subject": "Remiss (systemtest)", "replyDate": "%s", "recipientOrgUnitIds": [%s]}
                """.formatted(caseId, LocalDate.now().plusDays(30), ids);
    }

    /** A consultation of a case of its own, not yet sent. */
    static String draftConsultation(String... recipients) {
        return office().body(consultationBody(newCase(), recipients)).post("/followup/v1/consultations")
                .then().statusCode(201).extract().path("id");
    }

    /** A consultation of a case of its own, sent to the org units. */
    static String sentConsultation(String... recipients) {
        String consultation = draftConsultation(recipients);
        office().post("/followup/v1/consultations/" + consultation + "/send").then().statusCode(200);
        return consultation;
    }

    static String answerBody(String orgUnitCode) {
        return "{\"orgUnitId\": \"%s\", \"position\": \"SUPPORTS\", \"text\": \"Nämnden tillstyrker.\"}"
                .formatted(orgUnit(orgUnitCode));
    }

    /** A decision of the executive board today, under a paragraph of its own (a body's paragraphs of a day are unique). */
    static String decisionBody() {
        return """
                {"body": "KS", "date": "%s", "paragraph": "§ %s", "text": "Kommunstyrelsen beslutar (systemtest)."}
                """.formatted(LocalDate.now(), unique(""));
    }

    static String cycleBody() {
        int year = freshYear();
        return """
                {"kind": "ANNUAL", "year": %d, "title": "Årsredovisning %d (systemtest)", "deadline": "%d-02-15"}
                """.formatted(year, year, year + 1);
    }

    /** A follow-up cycle of a year of its own. */
    static String cycle() {
        return office().body(cycleBody()).post("/followup/v1/follow-up-cycles").then().statusCode(201).extract().path("id");
    }

    static String assessmentBody(String goal, String orgUnitCode) {
        return """
                {"goalId": "%s", "orgUnitId": "%s", "judgement": "PARTLY_ACHIEVED",
                 "analysis": "Utvecklingen går åt rätt håll men målet nås inte i år (systemtest)."}
                """.formatted(goal, orgUnit(orgUnitCode));
    }

    static String activityBody(String orgUnitCode) {
        return """
                {"title": "Läxhjälp på biblioteket (systemtest)", "ownerOrgUnitId": "%s", "status": "PLANNED"}
                """.formatted(orgUnit(orgUnitCode));
    }

    static String riskBody(String orgUnitCode) {
        return """
                {"orgUnitId": "%s", "year": %d, "title": "Svårt att rekrytera (systemtest)", "category": "OPERATIONAL",
                 "probability": 3, "consequence": 4}
                """.formatted(orgUnit(orgUnitCode), freshYear());
    }

    /** A risk of the org unit, recorded by the office. */
    static String risk(String orgUnitCode) {
        return office().body(riskBody(orgUnitCode)).post("/followup/v1/risks").then().statusCode(201).extract().path("id");
    }

    /** The ETag of a GET, for If-Match. */
    static String etag(String path) {
        return office().get(path).then().statusCode(200).extract().header("ETag");
    }
}
