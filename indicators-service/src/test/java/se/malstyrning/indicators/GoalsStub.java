package se.malstyrning.indicators;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
}
