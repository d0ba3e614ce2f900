package se.malstyrning.indicators.kolada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads the API as a Kolada client would; the reference documents in /kolada follow Kolada v3's shapes as domain.md records them. */
@QuarkusTest
class KoladaResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode reference(String name) throws IOException {
        try (InputStream in = KoladaResourceTest.class.getResourceAsStream("/kolada/" + name)) {
            return JSON.readTree(in);
        }
    }

    /** Every path to a field, with arrays collapsed, so that two documents of the same shape give the same set. */
    private static Set<String> shape(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                paths.add(path + "." + field.getKey());
                shape(field.getValue(), path + "." + field.getKey(), paths);
            });
        } else if (node.isArray()) {
            node.forEach(element -> shape(element, path + "[]", paths));
        }
        return paths;
    }

    private static Set<String> shape(JsonNode node) {
        return shape(node, "", new TreeSet<>());
    }

    @Test
    void shouldAnswerDataInKoladasShape() throws IOException {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        TestData.importCsv(kpi + ",0665,2023,T,76.4\n" + kpi + ",0665,2023,K,80.2\n" + kpi + ",0665,2023,M,72.9\n");

        String body = given().when().get("/indicators/kolada/v3/data/kpi/" + kpi + "/municipality/0665/year/2023")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("values[0].municipality", equalTo("0665"))
                .body("values[0].values.gender", contains("K", "M", "T"))
                .body("values[0].values.value", contains(80.2f, 72.9f, 76.4f))
                .extract().asString();

        assertEquals(shape(reference("data-response.json")), shape(JSON.readTree(body)));
    }

    @Test
    void shouldServeKeyFiguresInKoladasShapeLocalOnesIncluded() throws IOException {
        String local = TestData.uniqueCode();
        TestData.indicator(local);

        String body = given().when().get("/indicators/kolada/v3/kpi/" + local)
                .then().statusCode(200)
                .body("values[0].id", equalTo(local))
                .body("values[0].is_divided_by_gender", equalTo(true))
                .extract().asString();

        assertEquals(shape(reference("kpi-response.json")), shape(JSON.readTree(body)));
    }

    @Test
    void shouldFindKeyFiguresByTitle() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        given().queryParam("title", "testindikator " + code.toLowerCase()).when().get("/indicators/kolada/v3/kpi")
                .then().statusCode(200)
                .body("values.id", contains(code));
    }

    @Test
    void shouldPageWithNextAndPreviousUrls() {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        TestData.importCsv(kpi + ",0665,2022,T,1\n" + kpi + ",0665,2023,T,2\n");

        String next = given().queryParam("per_page", 1).when().get("/indicators/kolada/v3/data/kpi/" + kpi + "/municipality/0665")
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("values.period", contains(2022))
                .body("previous_url", nullValue())
                .body("next_url", containsString("page=2"))
                .extract().path("next_url");

        given().when().get(next)
                .then().statusCode(200)
                .body("values.period", contains(2023))
                .body("next_url", nullValue())
                .body("previous_url", containsString("page=1"));
    }

    @Test
    void shouldGiveEveryMunicipalityOfAKeyFigureButNoOrganisationalUnits() {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        TestData.importCsv(kpi + ",0665,2023,T,1\n" + kpi + ",0680,2023,T,2\n" + kpi + ",BUN,2023,T,3\n");

        given().when().get("/indicators/kolada/v3/data/kpi/" + kpi + "/year/2023")
                .then().statusCode(200)
                .body("values.municipality", contains("0665", "0680"));
        given().when().get("/indicators/kolada/v3/oudata/kpi/" + kpi + "/ou/BUN/year/2023")
                .then().statusCode(200)
                .body("values.ou", contains("BUN"));
    }

    @Test
    void shouldRefuseMoreThan25IdsInASegment() {
        String municipalities = IntStream.rangeClosed(1, 26).mapToObj("%04d"::formatted).collect(Collectors.joining(","));

        given().when().get("/indicators/kolada/v3/data/kpi/N15428/municipality/" + municipalities + "/year/2023")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"));
    }

    @Test
    void shouldRefuseMoreThan5000PerPage() {
        given().queryParam("per_page", 5001).when().get("/indicators/kolada/v3/kpi")
                .then().statusCode(400);
    }
}
