package se.malstyrning.indicators;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * goals-service faked at the HTTP boundary: one WireMock server on a free port answering as
 * docs/service-contracts.md says. Each test stubs the goal ids it makes up, so tests never see
 * each other's stubs; an id nobody stubbed is a 404.
 */
public class GoalsStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        stubOrgUnits();
        return Map.of("quarkus.rest-client.goals.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A goal owned by the org unit with this code, in this status; returns its id. */
    public static UUID goal(String ownerOrgUnitCode, String status) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/goals/" + id)).willReturn(okJson("""
                {"id": "%s", "code": "G-%s", "title": "Vaggeryds kommun ska vara en plats …", "level": "BOARD",
                 "status": "%s", "ownerOrgUnitId": "%s", "ownerOrgUnitCode": "%s",
                 "mandatePeriodId": "%s", "budgetYear": null, "horizon": "STRUCTURAL", "version": 1}
                """.formatted(id, ownerOrgUnitCode, status, UUID.randomUUID(), ownerOrgUnitCode, UUID.randomUUID()))));
        return id;
    }

    /** An adopted council goal in a goal area of this number and name (stubbed too); returns the goal's id. */
    public static UUID adoptedCouncilGoalInArea(int areaNumber, String areaName) {
        UUID area = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/goal-areas/" + area)).willReturn(okJson("""
                {"id": "%s", "number": %d, "name": "%s", "keywords": [], "guidingQuestions": [], "status": "ADOPTED", "version": 1}
                """.formatted(area, areaNumber, areaName))));
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/goals/" + id)).willReturn(okJson("""
                {"id": "%s", "code": "KF%d", "title": "Vaggeryds kommun ska vara en plats …", "level": "COUNCIL",
                 "status": "ADOPTED", "ownerOrgUnitId": "%s", "ownerOrgUnitCode": "KF", "goalAreaId": "%s",
                 "mandatePeriodId": "%s", "budgetYear": null, "horizon": "STRUCTURAL", "contributesTo": [], "version": 1}
                """.formatted(id, areaNumber, UUID.randomUUID(), area, UUID.randomUUID()))));
        return id;
    }

    /** A board goal under a parent goal; returns its id. */
    public static UUID adoptedBoardGoalUnder(UUID parent) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/goals/" + id)).willReturn(okJson("""
                {"id": "%s", "code": "BUN-%s", "title": "Barn och unga …", "level": "BOARD", "status": "ADOPTED",
                 "ownerOrgUnitId": "%s", "ownerOrgUnitCode": "BUN", "parentGoalId": "%s", "contributesTo": [],
                 "mandatePeriodId": "%s", "budgetYear": null, "horizon": "STRUCTURAL", "version": 1}
                """.formatted(id, id.toString().substring(0, 4), UUID.randomUUID(), parent, UUID.randomUUID()))));
        return id;
    }

    private static final Map<String, String> ORG_UNITS = new java.util.concurrent.ConcurrentSkipListMap<>();

    /** An org unit goals-service lists, by code and name. */
    public static synchronized void orgUnit(String code, String name) {
        ORG_UNITS.put(code, name);
        stubOrgUnits();
    }

    private static synchronized void stubOrgUnits() {
        String items = ORG_UNITS.entrySet().stream()
                .map(unit -> "{\"code\": \"%s\", \"name\": \"%s\", \"kind\": \"BOARD\"}".formatted(unit.getKey(), unit.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
        server.stubFor(get(urlPathEqualTo("/goals/v1/org-units")).willReturn(okJson(
                "{\"items\": [" + items + "], \"total\": " + ORG_UNITS.size() + ", \"limit\": 500, \"offset\": 0}")));
    }

    /** goals-service answers GET of this path with this JSON. */
    public static void answer(String path, String json) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(json)));
    }

    /** An adopted goal that continues another: a new version of it (predecessorId) or carried over from it (carriedOverFromId). */
    public static UUID goalContinuing(UUID earlier, String field, String ownerOrgUnitCode, String status) {
        UUID id = UUID.randomUUID();
        answer("/goals/v1/goals/" + id, """
                {"id": "%s", "code": "G-%s", "title": "Ny version", "level": "BOARD", "status": "%s",
                 "ownerOrgUnitId": "%s", "ownerOrgUnitCode": "%s", "mandatePeriodId": "%s", "%s": "%s",
                 "budgetYear": null, "horizon": "STRUCTURAL", "version": 0}
                """.formatted(id, ownerOrgUnitCode, status, UUID.randomUUID(), ownerOrgUnitCode, UUID.randomUUID(), field, earlier));
        return id;
    }

    public static UUID adoptedGoal(String ownerOrgUnitCode) {
        return goal(ownerOrgUnitCode, "ADOPTED");
    }

    /** A goal id goals-service fails on, as when it is down. */
    public static UUID failingGoal() {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/goals/" + id)).willReturn(aResponse().withStatus(500)));
        return id;
    }

    /** A draft goal that goals-service shows only to callers with a token. */
    public static UUID draftGoalHiddenFromAnonymous(String ownerOrgUnitCode) {
        UUID id = goal(ownerOrgUnitCode, "DRAFT");
        server.stubFor(get(urlPathEqualTo("/goals/v1/goals/" + id))
                .withHeader("Authorization", absent())
                .atPriority(1)
                .willReturn(aResponse().withStatus(401)));
        return id;
    }

    /** A goal of a tree as goals-service nests it, with the goals beneath it. */
    public static String node(UUID id, String code, String level, String... children) {
        return """
                {"goal": {"id": "%s", "code": "%s", "title": "Mål %s", "level": "%s", "status": "ADOPTED",
                          "ownerOrgUnitCode": "KF"},
                 "children": [%s]}""".formatted(id, code, code, level, String.join(",", children));
    }

    /** A mandate period whose tree has one goal area with these council goals (see {@link #node}); returns its id. */
    public static UUID periodWithTree(String... councilGoals) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/mandate-periods/" + id + "/tree")).willReturn(okJson(tree(id, councilGoals))));
        return id;
    }

    /** A mandate period whose tree shows these council goals to callers with a token and the others to everyone. */
    public static UUID periodWithTree(String[] forEveryone, String[] withToken) {
        UUID id = periodWithTree(forEveryone);
        server.stubFor(get(urlPathEqualTo("/goals/v1/mandate-periods/" + id + "/tree"))
                .withHeader("Authorization", containing("Bearer")).atPriority(1)
                .willReturn(okJson(tree(id, concat(forEveryone, withToken)))));
        return id;
    }

    /** A mandate period id goals-service fails on. */
    public static UUID failingPeriod() {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo("/goals/v1/mandate-periods/" + id + "/tree")).willReturn(aResponse().withStatus(500)));
        return id;
    }

    private static String tree(UUID period, String... councilGoals) {
        return """
                {"mandatePeriod": {"id": "%s", "code": "2019-2022"}, "vision": null,
                 "areas": [{"area": {"id": "%s", "name": "Område"}, "councilGoals": [%s]}], "internalGoals": []}
                """.formatted(period, UUID.randomUUID(), String.join(",", councilGoals));
    }

    private static String[] concat(String[] first, String[] second) {
        return Arrays.stream(new String[][]{first, second}).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
