package se.malstyrning.indicators;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A local server replaying Kolada v3-shaped data responses. Key figures nobody stubbed have no
 * data; a test stubs its own key figure's pages.
 */
public class KoladaStub implements QuarkusTestResourceLifecycleManager {

    private static final String BASE = "/kolada/v3";
    private static final String EMPTY = "{\"count\": 0, \"values\": [], \"next_url\": null, \"previous_url\": null}";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
        server.start();
        server.stubFor(get(urlPathMatching(BASE + "/data/kpi/.*")).atPriority(10).willReturn(okJson(EMPTY)));
        return Map.of("quarkus.rest-client.kolada.url", server.baseUrl() + BASE,
                "malstyrning.kolada-sync.municipalities", "0665,0680");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Two pages of a key figure: 2023 for two municipalities, then, behind next_url, 2024 for one. */
    public static void twoPagesOf(String kpi) {
        String second = BASE + "/replay/" + kpi + "/page-2";
        server.stubFor(get(urlPathMatching(BASE + "/data/kpi/[^/]*" + kpi + "[^/]*/municipality/0665,0680")).atPriority(1)
                .willReturn(okJson("""
                        {"count": 3, "values": [
                          {"kpi": "%s", "municipality": "0665", "period": 2023,
                           "values": [{"gender": "T", "count": 1, "status": "", "value": 76.4, "isdeleted": false}]},
                          {"kpi": "%s", "municipality": "0680", "period": 2023,
                           "values": [{"gender": "T", "count": 1, "status": "", "value": 71.0, "isdeleted": false}]}
                         ], "next_url": "%s", "previous_url": null}
                        """.formatted(kpi, kpi, server.baseUrl() + second + "?page=2&per_page=2"))));
        server.stubFor(get(urlPathEqualTo(second)).willReturn(okJson("""
                {"count": 3, "values": [
                  {"kpi": "%s", "municipality": "0665", "period": 2024,
                   "values": [{"gender": "T", "count": 1, "status": "", "value": 77.9, "isdeleted": false}]}
                 ], "next_url": null, "previous_url": "%s"}
                """.formatted(kpi, server.baseUrl() + BASE + "/data/kpi/" + kpi + "/municipality/0665,0680?page=1"))));
    }
}
