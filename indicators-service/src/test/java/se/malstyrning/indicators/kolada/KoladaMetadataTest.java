package se.malstyrning.indicators.kolada;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.GoalsStub;
import se.malstyrning.indicators.TestData;
import se.malstyrning.testsupport.TestTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.malstyrning.indicators.kolada.KoladaShapes.assertShape;

/** Reads the metadata routes as a Kolada client would; every answer is compared with a response recorded in Kolada v3's shape. */
@QuarkusTest
class KoladaMetadataTest {

    private static final String V3 = "/indicators/kolada/v3";

    @Test
    void shouldWalkNextUrlToTheEndOfThe290MunicipalitiesWithPerPage100() {
        List<String> ids = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String body = given().queryParam("type", "K").queryParam("per_page", 100).when().get(V3 + "/municipality")
                .then().statusCode(200).extract().asString();
        for (int page = 1; body != null; page++) {
            JsonPath json = JsonPath.from(body);
            assertEquals(290, json.getInt("count"));
            assertEquals(page == 1, json.getString("previous_url") == null, "only the first page has no previous_url");
            if (json.getString("next_url") != null && json.getString("previous_url") != null) {
                assertShape("municipality-page-response.json", body);
            }
            ids.addAll(json.getList("values.id"));
            pageSizes.add(json.getList("values").size());
            String next = json.getString("next_url");
            body = next == null ? null : given().urlEncodingEnabled(false).when().get(KoladaLinks.onThisService(next)).then().statusCode(200).extract().asString();
        }

        assertEquals(List.of(100, 100, 90), pageSizes);
        assertEquals(290, ids.size());
        assertEquals(290, ids.stream().distinct().count());
        assertEquals("0114", ids.getFirst());
        assertEquals("2584", ids.getLast());
    }

    @Test
    void shouldServeAMunicipalityByCodeInKoladasShapeWithTheNameKoladaUses() {
        String body = given().when().get(V3 + "/municipality/0665")
                .then().statusCode(200)
                .body("values[0].title", equalTo("Vaggeryd"))
                .body("values[0].type", equalTo("K"))
                .extract().asString();

        assertShape("municipality-response.json", body);
    }

    @Test
    void shouldServeTheCountryAndTheRegionsAsTypeL() {
        given().queryParam("type", "L").when().get(V3 + "/municipality")
                .then().statusCode(200)
                .body("count", equalTo(22))
                .body("values.find { it.id == '0000' }.title", equalTo("Riket"))
                .body("values.find { it.id == '0006' }.title", equalTo("Region Jönköpings län"));
        given().when().get(V3 + "/municipality")
                .then().statusCode(200)
                .body("count", equalTo(312));
    }

    @Test
    void shouldFindMunicipalitiesByTitleAndManyByCode() {
        given().queryParam("title", "vaggeryd").when().get(V3 + "/municipality")
                .then().statusCode(200)
                .body("values.id", contains("0665"));
        given().when().get(V3 + "/municipality/0680,0665,9999")
                .then().statusCode(200)
                .body("values.title", contains("Vaggeryd", "Jönköping"));
    }

    @Test
    void shouldRefuseMoreThan25MunicipalitiesAndAnUnknownTypeNamingKoladasParameters() {
        String codes = IntStream.rangeClosed(1, 26).mapToObj("%04d"::formatted).collect(Collectors.joining(","));

        given().when().get(V3 + "/municipality/" + codes)
                .then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        given().queryParam("type", "X").when().get(V3 + "/municipality")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void shouldServeACountyGroupWithItsMembersByName() {
        String body = given().when().get(V3 + "/municipality_groups/GL06")
                .then().statusCode(200)
                .body("values[0].title", equalTo("Kommuner i Jönköpings län"))
                .body("values[0].members.size()", equalTo(13))
                .body("values[0].members.find { it.member_id == '0665' }.member_title", equalTo("Vaggeryd"))
                .extract().asString();

        assertShape("municipality-groups-response.json", body);
    }

    @Test
    void shouldListTheCountiesAndAllMunicipalitiesAsGroupsAndFindThemByTitle() {
        given().queryParam("per_page", 5000).when().get(V3 + "/municipality_groups")
                .then().statusCode(200)
                .body("values.id", hasItems("GL01", "GL25", "GALLA"))
                .body("values.find { it.id == 'GALLA' }.members.size()", equalTo(290));
        given().queryParam("title", "kronobergs").when().get(V3 + "/municipality_groups")
                .then().statusCode(200)
                .body("values.id", contains("GL07"));
    }

    @Test
    void shouldGroupKeyFiguresPerAgenda2030GoalHorizonAndQuality() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        given().header("Authorization", TestTokens.strategist()).contentType("application/json")
                .body("{\"sdgTargets\": [\"4.1\", \"4.3\"]}")
                .when().put("/indicators/v1/indicators/" + id + "/links/sdg-targets").then().statusCode(200);

        String body = given().when().get(V3 + "/kpi_groups/GKSDG4")
                .then().statusCode(200)
                .body("values[0].title", equalTo("Agenda 2030, mål 4"))
                .body("values[0].members.member_id", hasItem(code))
                .body("values[0].members.findAll { it.member_id == '" + code + "' }.size()", equalTo(1))
                .extract().asString();
        assertShape("kpi-groups-response.json", body.replaceAll("(\"members\":\\[)[^\\]]*]", "$1{\"member_id\":\"N15428\",\"member_title\":\"x\"}]"));

        given().when().get(V3 + "/kpi_groups/GKSTRUKTURELL,GKFAKTISK")
                .then().statusCode(200)
                .body("values.id", contains("GKFAKTISK", "GKSTRUKTURELL"))
                .body("values[0].members.member_id", hasItem(code))
                .body("values[1].members.member_id", hasItem(code));
        given().queryParam("title", "upplevd").when().get(V3 + "/kpi_groups")
                .then().statusCode(200)
                .body("values.id", everyItem(equalTo("GKUPPLEVD")));
    }

    @Test
    void shouldGroupKeyFiguresPerGoalAreaOfTheGoalsTheyMeasure() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        int area = 50 + (int) (Math.random() * 1000);
        UUID councilGoal = GoalsStub.adoptedCouncilGoalInArea(area, "Kunskap, hälsa och fritid");
        UUID boardGoal = GoalsStub.adoptedBoardGoalUnder(councilGoal);
        given().header("Authorization", TestTokens.strategist()).contentType("application/json")
                .body("{\"goalId\": \"" + boardGoal + "\"}")
                .when().post("/indicators/v1/indicators/" + id + "/links/goals").then().statusCode(200);

        given().when().get(V3 + "/kpi_groups/GKMO" + area)
                .then().statusCode(200)
                .body("values[0].title", equalTo("Målområde " + area + ": Kunskap, hälsa och fritid"))
                .body("values[0].members.member_id", contains(code));
    }

    @Test
    void shouldListTheOrganisationalUnitsThatReportObservationsNamedAsGoalsServiceNamesThem() {
        String unit = "V15E0665" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        GoalsStub.orgUnit(unit, "Fenix Kultur- och kunskapscentrum");
        String kpi = TestData.uniqueCode();
        TestData.indicator(kpi);
        TestData.importCsv(kpi + "," + unit + ",2024,T,81.5\n");

        String body = given().when().get(V3 + "/ou/" + unit)
                .then().statusCode(200)
                .body("values[0].municipality", equalTo("0665"))
                .body("values[0].title", equalTo("Fenix Kultur- och kunskapscentrum"))
                .extract().asString();
        assertShape("ou-response.json", body);

        given().queryParam("municipality", "0665").queryParam("title", "fenix").when().get(V3 + "/ou")
                .then().statusCode(200)
                .body("values.id", hasItem(unit));
    }

    @Test
    void shouldAnswerAnEmptyListNotA404WhereNoUnitReports() {
        String body = given().queryParam("municipality", "0680").when().get(V3 + "/ou")
                .then().statusCode(200)
                .body("count", equalTo(0))
                .body("values", empty())
                .extract().asString();
        assertShape("ou-empty-response.json", body);
        given().when().get(V3 + "/ou/V15E999999999")
                .then().statusCode(200)
                .body("values", empty());
    }

    @Test
    void shouldServeKeyFiguresInKoladasShapeLocalOnesIncluded() {
        String local = TestData.uniqueCode();
        TestData.indicator(local);

        String body = given().when().get(V3 + "/kpi/" + local)
                .then().statusCode(200)
                .body("values[0].id", equalTo(local))
                .body("values[0].is_divided_by_gender", equalTo(true))
                .body("values[0].has_ou_data", equalTo(false))
                .extract().asString();

        assertShape("kpi-response.json", body);
    }

    @Test
    void shouldFindKeyFiguresByTitle() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);

        given().queryParam("title", "testindikator " + code.toLowerCase()).when().get(V3 + "/kpi")
                .then().statusCode(200)
                .body("values.id", contains(code))
                .body("values.id", not(hasItem("N15428")));
    }
}
