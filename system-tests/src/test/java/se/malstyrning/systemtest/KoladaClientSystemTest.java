package se.malstyrning.systemtest;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Kolada v3 client, pointed at the suite through the gateway with only its base URL changed, does
 * what an integrator does first: lists the municipalities (walking next_url, 100 per page), finds a key
 * figure by title and reads its data for Vaggeryd. The client (src/test/kolada-client, Node, no
 * packages) is written in this repository from Kolada's documentation: no Kolada client library is
 * published in the registries this project reaches (docs/kolada.md).
 */
@ExtendWith(RunningSuite.class)
class KoladaClientSystemTest {

    private static final Path CLIENT = Path.of("src/test/kolada-client");

    @Test
    void shouldLetAKoladaClientListMunicipalitiesFindAKeyFigureByTitleAndReadVaggerydsData() throws Exception {
        String baseUrl = RunningSuite.suite().gatewayUrl() + "/indicators/kolada/v3";
        ProcessBuilder client = new ProcessBuilder("node", "integrator.mjs").directory(CLIENT.toFile()).redirectErrorStream(true);
        client.environment().put("KOLADA_BASE_URL", baseUrl);
        Path output = Files.createTempFile("kolada-client", ".log");
        Process process = client.redirectOutput(output.toFile()).start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        assertTrue(finished && process.exitValue() == 0, "the Kolada client failed:\n" + text);

        JsonPath found = JsonPath.from(text.lines().filter(line -> line.startsWith("{")).reduce((first, last) -> last).orElseThrow());
        assertEquals(290, found.getInt("municipalities"));
        assertEquals(List.of(100, 100, 90), found.getList("pages"));
        assertTrue(found.getBoolean("lastPageHasNoNext"));
        assertTrue(found.getBoolean("secondPageLinksBack"));
        assertEquals("0665", found.getString("vaggeryd"));
        assertEquals("N15428", found.getString("kpi"));

        // What the client read is what the suite's own API holds for Vaggeryd.
        List<Map<String, Object>> observations = given().queryParam("indicator", "N15428").queryParam("area", "0665")
                .queryParam("gender", "T").queryParam("limit", 500)
                .when().get("/indicators/v1/observations")
                .then().statusCode(200).extract().path("items");
        assertEquals(observations.size(), found.getInt("years"));
        for (Map<String, Object> observation : observations) {
            Object read = found.getList("totals", Map.class).stream()
                    .filter(total -> observation.get("period").equals(total.get("period"))).findFirst()
                    .map(total -> total.get("value")).orElse(null);
            assertEquals(((Number) observation.get("value")).doubleValue(), ((Number) read).doubleValue(), 1e-9,
                    "the value of " + observation.get("period"));
        }
        assertTrue(observations.size() >= 10, "the demo data has ten years for Vaggeryd");
    }

    @Test
    void shouldAnswerAMunicipalityGroupWithTheMeanOfItsMembersThroughTheGateway() {
        JsonPath group = given().when().get("/indicators/kolada/v3/data/kpi/N15428/municipality/GL06/year/2024")
                .then().statusCode(200).extract().jsonPath();
        JsonPath members = given().when().get("/indicators/kolada/v3/data/kpi/N15428/municipality/"
                        + String.join(",", given().when().get("/indicators/kolada/v3/municipality_groups/GL06")
                        .then().statusCode(200).extract().<List<String>>path("values[0].members.member_id")) + "/year/2024")
                .then().statusCode(200).extract().jsonPath();

        List<Float> totals = members.getList("values.collect { it.values.find { v -> v.gender == 'T' }.value }", Float.class);
        double mean = totals.stream().mapToDouble(Float::doubleValue).average().orElseThrow();
        assertEquals(totals.size(), group.getInt("values[0].values.find { it.gender == 'T' }.count"));
        assertEquals(mean, group.getDouble("values[0].values.find { it.gender == 'T' }.value"), 1e-3);
    }
}
