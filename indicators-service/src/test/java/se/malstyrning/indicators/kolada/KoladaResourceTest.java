package se.malstyrning.indicators.kolada;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.malstyrning.indicators.kolada.KoladaShapes.assertShape;

/** Reads the data routes as a Kolada client would; every answer is compared with a response recorded in Kolada v3's shape. */
@QuarkusTest
class KoladaResourceTest {

    private static final String V3 = "/indicators/kolada/v3";

    private static String keyFigureWith(String rows) {
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        TestData.importCsv(rows.replace("KPI", kpi));
        return kpi;
    }

    @Test
    void shouldAnswerDataInKoladasShape() {
        String kpi = keyFigureWith("KPI,0665,2023,T,76.4\nKPI,0665,2023,K,80.2\nKPI,0665,2023,M,72.9\n");

        String body = given().when().get(V3 + "/data/kpi/" + kpi + "/municipality/0665/year/2023")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("values[0].municipality", equalTo("0665"))
                .body("values[0].values.gender", contains("K", "M", "T"))
                .body("values[0].values.value", contains(80.2f, 72.9f, 76.4f))
                .body("values[0].values.count", contains(1, 1, 1))
                .extract().asString();

        assertShape("data-response.json", body);
    }

    @Test
    void shouldAnswerAMissingValueAsNullWithAnEmptyStatus() {
        String kpi = keyFigureWith("KPI,0665,2024,T,\n");

        String body = given().when().get(V3 + "/data/kpi/" + kpi + "/municipality/0665/year/2024")
                .then().statusCode(200)
                .body("values[0].values[0].value", nullValue())
                .body("values[0].values[0].status", equalTo(""))
                .extract().asString();

        assertShape("data-missing-value-response.json", body);
    }

    @Test
    void shouldSelectDataByEveryTwoOfKeyFigureMunicipalityAndYear() {
        String kpi = keyFigureWith("KPI,0665,2022,T,1\nKPI,0665,2023,T,2\nKPI,0680,2023,T,3\nKPI,BUN,2023,T,4\n");

        given().when().get(V3 + "/data/kpi/" + kpi + "/municipality/0665")
                .then().statusCode(200)
                .body("values.period", contains(2022, 2023));
        given().when().get(V3 + "/data/kpi/" + kpi + "/year/2023")
                .then().statusCode(200)
                .body("values.municipality", contains("0665", "0680"));
        given().when().get(V3 + "/data/municipality/0680/year/2023")
                .then().statusCode(200)
                .body("values.findAll { it.kpi == '" + kpi + "' }.values.flatten().value", contains(3.0f));
        given().when().get(V3 + "/data/kpi/" + kpi + "/municipality/0665,0680/year/2022,2023")
                .then().statusCode(200)
                .body("count", equalTo(3));
    }

    @Test
    void shouldSelectOrganisationalUnitDataByAllThreeAndEveryTwoDimensions() {
        String kpi = keyFigureWith("KPI,V15E066500101,2023,T,81.5\nKPI,V15E066500101,2024,T,82.5\nKPI,V15E066500202,2024,T,70\n"
                + "KPI,0665,2024,T,75\n");

        String body = given().when().get(V3 + "/oudata/kpi/" + kpi + "/ou/V15E066500101/year/2023")
                .then().statusCode(200)
                .body("values.ou", contains("V15E066500101"))
                .extract().asString();
        assertShape("oudata-response.json", body.replace(kpi, "N15428"));

        given().when().get(V3 + "/oudata/kpi/" + kpi + "/ou/V15E066500101")
                .then().statusCode(200)
                .body("values.period", contains(2023, 2024));
        given().when().get(V3 + "/oudata/kpi/" + kpi + "/year/2024")
                .then().statusCode(200)
                .body("values.ou", contains("V15E066500101", "V15E066500202"));
        given().when().get(V3 + "/oudata/ou/V15E066500202/year/2024")
                .then().statusCode(200)
                .body("values.findAll { it.kpi == '" + kpi + "' }.ou", contains("V15E066500202"));
        given().when().get(V3 + "/kpi/" + kpi)
                .then().statusCode(200)
                .body("values[0].has_ou_data", equalTo(true));
    }

    @Test
    void shouldAnswerAGroupWithTheUnweightedMeanOfItsMembersCountingThoseWithAValue() {
        // Jönköpings län (GL06): 0665 and 0680 have values, 0662 has none, the other members no row at all.
        String kpi = keyFigureWith("KPI,0665,2023,T,10\nKPI,0680,2023,T,30\nKPI,0662,2023,T,\nKPI,0665,2023,K,12\n");

        String body = given().when().get(V3 + "/data/kpi/" + kpi + "/municipality/GL06/year/2023")
                .then().statusCode(200)
                .body("count", equalTo(1))
                .body("values[0].municipality", equalTo("GL06"))
                .body("values[0].values.find { it.gender == 'T' }.value", equalTo(20.0f))
                .body("values[0].values.find { it.gender == 'T' }.count", equalTo(2))
                .body("values[0].values.find { it.gender == 'K' }.count", equalTo(1))
                .extract().asString();

        assertShape("data-group-response.json", body.replaceAll("\\{\"gender\":\"K\"[^}]*},?", "").replace(kpi, "N15428"));
    }

    @Test
    void shouldPageMunicipalitiesAndGroupsTogether() {
        String kpi = keyFigureWith("KPI,0665,2023,T,10\nKPI,0680,2023,T,30\n");

        String next = given().queryParam("per_page", 1).when().get(V3 + "/data/kpi/" + kpi + "/municipality/0665,GL06/year/2023")
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("values.municipality", contains("0665"))
                .extract().path("next_url");
        // next_url is sent as it is written, as a client follows a link (not encoded again).
        given().urlEncodingEnabled(false).when().get(KoladaLinks.onThisService(next))
                .then().statusCode(200)
                .body("values.municipality", contains("GL06"))
                .body("next_url", nullValue());
    }

    @Test
    void shouldAnswerOnlyRowsChangedSinceFromDate() {
        String kpi = keyFigureWith("KPI,0665,2023,T,10\nKPI,0680,2023,T,30\n");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        given().queryParam("from_date", today).when().get(V3 + "/data/kpi/" + kpi + "/year/2023")
                .then().statusCode(200)
                .body("values.municipality", contains("0665", "0680"));
        given().queryParam("from_date", tomorrow).when().get(V3 + "/data/kpi/" + kpi + "/year/2023")
                .then().statusCode(200)
                .body("count", equalTo(0))
                .body("values", empty());
        given().queryParam("from_date", tomorrow).when().get(V3 + "/data/kpi/" + kpi + "/municipality/GL06/year/2023")
                .then().statusCode(200)
                .body("values", empty());
        given().queryParam("from_date", tomorrow).when().get(V3 + "/oudata/kpi/" + kpi + "/year/2023")
                .then().statusCode(200)
                .body("values", empty());
    }

    @Test
    void shouldRefuseAFromDateThatIsNoDateNamingKoladasParameter() {
        given().queryParam("from_date", "2024-13-45").when().get(V3 + "/data/kpi/N15428/year/2023")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from_date"));
    }

    @Test
    void shouldRefuseOverlongParametersNamingKoladasParameters() {
        given().queryParam("from_date", "2024-01-01T00:00:00").when().get(V3 + "/data/kpi/N15428/year/2023")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from_date"));
        given().queryParam("title", "x".repeat(KoladaResource.MAX_TITLE + 1)).when().get(V3 + "/municipality")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        given().when().get(V3 + "/kpi/" + "N".repeat(KoladaResource.MAX_SEGMENT + 1))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
    }

    @Test
    void shouldPageWithNextAndPreviousUrls() {
        String kpi = keyFigureWith("KPI,0665,2022,T,1\nKPI,0665,2023,T,2\n");

        String next = given().queryParam("per_page", 1).when().get(V3 + "/data/kpi/" + kpi + "/municipality/0665")
                .then().statusCode(200)
                .body("count", equalTo(2))
                .body("values.period", contains(2022))
                .body("previous_url", nullValue())
                .body("next_url", startsWith(KoladaLinks.PUBLIC_BASE + V3 + "/data/kpi/"))
                .body("next_url", containsString("page=2"))
                .extract().path("next_url");

        given().urlEncodingEnabled(false).when().get(KoladaLinks.onThisService(next))
                .then().statusCode(200)
                .body("values.period", contains(2023))
                .body("next_url", nullValue())
                .body("previous_url", containsString("page=1"));
    }

    @Test
    void shouldGiveEveryMunicipalityOfAKeyFigureButNoOrganisationalUnits() {
        String kpi = keyFigureWith("KPI,0665,2023,T,1\nKPI,0680,2023,T,2\nKPI,BUN,2023,T,3\n");

        given().when().get(V3 + "/data/kpi/" + kpi + "/year/2023")
                .then().statusCode(200)
                .body("values.municipality", contains("0665", "0680"));
        given().when().get(V3 + "/oudata/kpi/" + kpi + "/ou/BUN/year/2023")
                .then().statusCode(200)
                .body("values.ou", contains("BUN"));
    }

    @Test
    void shouldRefuseMoreThan25IdsInASegmentNamingIt() {
        String municipalities = IntStream.rangeClosed(1, 26).mapToObj("%04d"::formatted).collect(Collectors.joining(","));
        String years = IntStream.rangeClosed(2000, 2025).mapToObj(Integer::toString).collect(Collectors.joining(","));

        given().when().get(V3 + "/data/kpi/N15428/municipality/" + municipalities + "/year/2023")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"));
        given().when().get(V3 + "/oudata/kpi/N15428/year/" + years)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void shouldRefuseBadPagingNamingKoladasParameters() {
        given().queryParam("per_page", 5001).when().get(V3 + "/data/kpi/N15428/year/2023")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("per_page"));
        given().queryParam("per_page", "many").when().get(V3 + "/kpi")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("per_page"));
        given().queryParam("page", 0).when().get(V3 + "/municipality")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }
}
