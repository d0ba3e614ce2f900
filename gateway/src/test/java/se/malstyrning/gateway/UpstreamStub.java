package se.malstyrning.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** One WireMock server on a free port standing in for all three services, at the HTTP boundary only. */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    /** Forgets earlier stubs; every service then answers every call with 200 and an empty JSON object. */
    static void answerEverything() {
        server.resetAll();
        server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        String url = server.baseUrl();
        return Map.of(
                "gateway.routes.goals.upstream", url,
                "gateway.routes.indicators.upstream", url,
                "gateway.routes.followup.upstream", url,
                // short, so that the test of a slow service need not wait long
                "gateway.routes.followup.timeout", "1S");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
