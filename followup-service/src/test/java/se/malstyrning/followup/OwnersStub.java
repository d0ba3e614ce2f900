package se.malstyrning.followup;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * goals-service and indicators-service faked at the HTTP boundary: one WireMock server on a free
 * port, answering as docs/service-contracts.md says. Each test stubs the ids it made up, so tests
 * never see each other's stubs.
 */
public class OwnersStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        return Map.of("quarkus.rest-client.goals.url", server.baseUrl(),
                "quarkus.rest-client.indicators.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** A board or company at goals-service, found by id and by code; returns its id. */
    public static UUID orgUnit(String code) {
        UUID id = UUID.randomUUID();
        String unit = """
                {"id": "%s", "code": "%s", "name": "Nämnden %s", "kind": "BOARD", "parentId": null, "version": 0}
                """.formatted(id, code, code);
        server.stubFor(get(urlPathEqualTo("/goals/v1/org-units/" + id)).willReturn(okJson(unit)));
        server.stubFor(get(urlPathEqualTo("/goals/v1/org-units")).withQueryParam("code", equalTo(code))
                .willReturn(okJson("{\"items\": [" + unit + "], \"total\": 1, \"limit\": 50, \"offset\": 0}")));
        return id;
    }

    /** The adopted council goals goals-service lists, each adopted by the decision given as JSON; returns their ids. */
    public static List<UUID> adoptedCouncilGoals(String decisionJson, String... codes) {
        List<UUID> ids = new java.util.ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (String code : codes) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            items.append(items.isEmpty() ? "" : ", ").append("""
                    {"id": "%s", "code": "%s", "title": "Vaggeryds kommun ska vara en plats …", "level": "COUNCIL",
                     "status": "ADOPTED", "ownerOrgUnitCode": "KF", "decision": %s, "version": 1}
                    """.formatted(id, code, decisionJson));
        }
        server.stubFor(get(urlPathEqualTo("/goals/v1/goals")).withQueryParam("level", equalTo("COUNCIL"))
                .willReturn(okJson("{\"items\": [" + items + "], \"total\": " + codes.length + ", \"limit\": 500, \"offset\": 0}")));
        return ids;
    }

    /** A council goal (of KF) at goals-service; returns its id. */
    public static UUID goal(String code) {
        return goal(code, "KF");
    }

    /** A goal of the org unit with this code at goals-service (a council goal of KF, else a board goal); returns its id. */
    public static UUID goal(String code, String ownerOrgUnitCode) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/goals/" + id)).willReturn(okJson("""
                {"id": "%s", "code": "%s", "title": "Vaggeryds kommun ska vara en plats …", "level": "%s",
                 "status": "ADOPTED", "ownerOrgUnitId": "%s", "ownerOrgUnitCode": "%s",
                 "mandatePeriodId": "%s", "budgetYear": null, "horizon": "STRUCTURAL", "version": 1}
                """.formatted(id, code, "KF".equals(ownerOrgUnitCode) ? "COUNCIL" : "BOARD", UUID.randomUUID(),
                ownerOrgUnitCode, UUID.randomUUID()))));
        return id;
    }

    /** goals-service adopting this goal by whatever decision names it. */
    public static void adoptionSucceeds(UUID goalId) {
        server.stubFor(post(urlPathEqualTo("/goals/v1/adoptions")).withRequestBody(containing(goalId.toString()))
                .willReturn(okJson("{\"adopted\": [\"%s\"], \"decision\": {}}".formatted(goalId))));
    }

    /** goals-service failing on every adoption of this goal, as when it is down. */
    public static void adoptionFails(UUID goalId) {
        server.stubFor(post(urlPathEqualTo("/goals/v1/adoptions")).withRequestBody(containing(goalId.toString()))
                .willReturn(aResponse().withStatus(503)));
    }

    /** indicators-service carrying the measurement of the goal the new version continues over to it. */
    public static void carryOverSucceeds(UUID goalId, UUID continuesGoalId) {
        server.stubFor(post(urlPathEqualTo("/indicators/v1/goals/" + goalId + "/carry-over")).willReturn(okJson("""
                {"goalId": "%s", "fromGoalId": "%s", "targets": [], "linkedIndicatorIds": [], "copied": 2}
                """.formatted(goalId, continuesGoalId))));
    }

    /** indicators-service answering that the goal continues no other goal (a first version). */
    public static void carryOverHasNothingToCarry(UUID goalId) {
        server.stubFor(post(urlPathEqualTo("/indicators/v1/goals/" + goalId + "/carry-over")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 409, \"title\": \"Conflict\", \"detail\": \"nothing to carry over\"}")));
    }

    /** indicators-service failing on the goal's carry-over, as when it is down. */
    public static void carryOverFails(UUID goalId) {
        server.stubFor(post(urlPathEqualTo("/indicators/v1/goals/" + goalId + "/carry-over"))
                .willReturn(aResponse().withStatus(503)));
    }

    /** indicators-service's computed fulfilment of the goal in Vaggeryd. */
    public static void fulfilment(UUID goalId, String status) {
        server.stubFor(get(urlPathEqualTo("/indicators/v1/goals/" + goalId + "/fulfilment")).willReturn(okJson("""
                {"goalId": "%s", "area": "0665", "areaName": "Vaggeryd", "status": "%s", "rule": "Alla målvärden nådda ger uppfyllt",
                 "computedAt": "2026-11-22T10:00:00Z",
                 "targets": [{"targetId": "%s", "indicatorId": "%s", "indicatorCode": "N15428", "horizon": "STRUCTURAL",
                              "status": "%s", "progressPercent": 104.2, "latest": {"period": 2024, "value": 76.4, "gender": "T", "genderLabel": "Totalt"},
                              "baseline": {"year": 2019, "value": 70.1}, "desiredValue": 75.0, "desiredYear": 2022,
                              "acceptedValue": 72.0, "trend": {"method": "OPEN_SDG_CAGR", "classification": "ON_TRACK"}}]}
                """.formatted(goalId, status, UUID.randomUUID(), UUID.randomUUID(), status))));
    }

    /** indicators-service failing on the goal's fulfilment, as when it is down. */
    public static void fulfilmentFails(UUID goalId) {
        server.stubFor(get(urlPathEqualTo("/indicators/v1/goals/" + goalId + "/fulfilment"))
                .willReturn(aResponse().withStatus(500)));
    }

    /** An org unit id goals-service fails on, as when it is down. */
    public static UUID failingOrgUnit() {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/org-units/" + id)).willReturn(aResponse().withStatus(503)));
        return id;
    }
}
