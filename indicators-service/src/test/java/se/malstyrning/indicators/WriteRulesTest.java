package se.malstyrning.indicators;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.testsupport.TestTokens;
import se.malstyrning.testsupport.contract.WriteCall;
import se.malstyrning.testsupport.contract.WriteRulesContract;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;
import static se.malstyrning.indicators.TestData.indicator;
import static se.malstyrning.indicators.TestData.uniqueCode;
import static se.malstyrning.testsupport.contract.WriteCall.delete;
import static se.malstyrning.testsupport.contract.WriteCall.post;
import static se.malstyrning.testsupport.contract.WriteCall.put;

@QuarkusTest
class WriteRulesTest extends WriteRulesContract {

    private static final String OFFICE = TestTokens.strategist();
    private static final String ADMIN = TestTokens.admin();

    @Override
    protected String api() {
        return "indicators";
    }

    @Override
    protected Map<String, Supplier<WriteCall>> writes() {
        return calls();
    }

    @Override
    protected Map<String, String> unversioned() {
        return Map.of(
                "replaceIndicatorSdgTargets", "sets the whole list, so a repeat or a race ends in one of the lists sent",
                "unlinkIndicatorFromGoal", "removes one link, which a concurrent change cannot alter");
    }

    /** A valid call of every write of indicators-service, on data of its own. */
    static Map<String, Supplier<WriteCall>> calls() {
        return se.malstyrning.testsupport.contract.WebhookCalls.with(ownCalls(), "indicators", "observations.imported");
    }

    private static Map<String, Supplier<WriteCall>> ownCalls() {
        return Map.ofEntries(
                entry("createIndicator", () -> post(OFFICE, "/indicators/v1/indicators", indicatorJson(uniqueCode()))),
                entry("updateIndicator", () -> {
                    String code = uniqueCode();
                    return put(OFFICE, "/indicators/v1/indicators/" + indicator(code),
                            indicatorJson(code).replace("Testindikator", "Ändrad indikator"));
                }),
                entry("replaceIndicatorSdgTargets", () -> put(OFFICE,
                        "/indicators/v1/indicators/" + indicator(uniqueCode()) + "/links/sdg-targets", "{\"sdgTargets\": [\"4.1\"]}")),
                entry("linkIndicatorToGoal", () -> post(OFFICE,
                        "/indicators/v1/indicators/" + indicator(uniqueCode()) + "/links/goals",
                        "{\"goalId\": \"" + GoalsStub.adoptedGoal("KF") + "\"}")),
                entry("unlinkIndicatorFromGoal", () -> {
                    String id = indicator(uniqueCode());
                    UUID goal = GoalsStub.adoptedGoal("KF");
                    given().header("Authorization", OFFICE).contentType("application/json").body("{\"goalId\": \"" + goal + "\"}")
                            .post("/indicators/v1/indicators/" + id + "/links/goals").then().statusCode(200);
                    return delete(OFFICE, "/indicators/v1/indicators/" + id + "/links/goals/" + goal);
                }),
                entry("createTarget", () -> post(OFFICE, "/indicators/v1/targets", targetJson(indicator(uniqueCode())))),
                entry("updateTarget", () -> put(OFFICE, "/indicators/v1/targets/" + target(),
                        targetJson(indicator(uniqueCode())).replace("75.0", "76.0"))),
                entry("carryOverGoalMeasurement", () -> post(OFFICE, "/indicators/v1/goals/"
                        + GoalsStub.goalContinuing(GoalsStub.adoptedGoal("KF"), "predecessorId", "KF", "DRAFT") + "/carry-over", null)),
                entry("deleteTarget", () -> delete(OFFICE, "/indicators/v1/targets/" + target())),
                entry("importCsv", () -> post(OFFICE, "/indicators/v1/imports",
                        "indicator,area,period,gender,value\n" + indicatorCode() + ",0665,2023,T,76.4\n").withContentType("text/csv")),
                entry("runKoladaSync", () -> post(OFFICE, "/indicators/v1/kolada-syncs", null)),
                entry("createMunicipalityGroup", () -> post(ADMIN, "/indicators/v1/municipality-groups", municipalityGroupJson())),
                entry("updateMunicipalityGroup", () -> put(ADMIN, "/indicators/v1/municipality-groups/" + municipalityGroup(),
                        municipalityGroupJson().replace("0680", "0687"))),
                entry("deleteMunicipalityGroup", () -> delete(ADMIN, "/indicators/v1/municipality-groups/" + municipalityGroup())));
    }

    private static String municipalityGroupJson() {
        return "{\"title\": \"Jämförelsegrupp (test)\", \"members\": [\"0665\", \"0680\", \"0662\"]}";
    }

    private static String municipalityGroup() {
        return given().header("Authorization", ADMIN).contentType("application/json").body(municipalityGroupJson())
                .post("/indicators/v1/municipality-groups").then().statusCode(201).extract().path("id");
    }

    private static String indicatorCode() {
        String code = uniqueCode();
        indicator(code);
        return code;
    }

    private static String target() {
        return given().header("Authorization", OFFICE).contentType("application/json").body(targetJson(indicator(uniqueCode())))
                .post("/indicators/v1/targets").then().statusCode(201).extract().path("id");
    }

    private static String indicatorJson(String code) {
        return """
                {"code": "%s", "title": "Testindikator %s", "unit": "%%", "source": "KOLADA", "quality": "ACTUAL",
                 "polarity": "HIGHER_IS_BETTER", "frequency": "YEARLY", "horizon": "STRUCTURAL", "dividedByGender": true}
                """.formatted(code, code);
    }

    private static String targetJson(String indicatorId) {
        return """
                {"goalId": "%s", "indicatorId": "%s", "area": "0665", "baselineValue": 70.1, "baselineYear": 2019,
                 "desiredValue": 75.0, "desiredYear": 2022, "acceptedValue": 72.0, "direction2030": "INCREASE"}
                """.formatted(GoalsStub.adoptedGoal("KF"), indicatorId);
    }

}
