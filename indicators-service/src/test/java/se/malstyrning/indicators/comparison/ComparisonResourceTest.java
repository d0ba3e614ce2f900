package se.malstyrning.indicators.comparison;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.indicators.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ComparisonResourceTest {

    /** Four municipalities, the country and a region in 2023; 0665 second best. */
    private static String indicatorWithValues() {
        String code = TestData.uniqueCode();
        String id = TestData.indicator(code);
        TestData.importCsv(code + ",0665,2023,T,70\n" + code + ",0680,2023,T,80\n" + code + ",0662,2023,T,60\n"
                + code + ",0617,2023,T,50\n" + code + ",0000,2023,T,99\n" + code + ",0006,2023,T,98\n"
                + code + ",0665,2022,T,65\n");
        return id;
    }

    @Test
    void shouldRankAMunicipalityAmongAllMunicipalitiesInItsLatestYear() {
        String id = indicatorWithValues();

        given().queryParam("area", "0665").when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(200)
                .body("period", equalTo(2023))
                .body("year", equalTo(2023))
                .body("value", equalTo(70.0f))
                .body("rank", equalTo(2))
                .body("of", equalTo(4))
                .body("quartile", equalTo(2))
                .body("colour", equalTo("YELLOW"));
    }

    @Test
    void shouldSayThatOnlyOneMunicipalityReportsAValueInsteadOfRankingItFirstOfOne() {
        String id = indicatorWithValues();

        given().queryParam("area", "0665").queryParam("year", 2022).when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(200)
                .body("of", equalTo(1))
                .body("comparable", equalTo(false))
                .body("summary", equalTo("Endast Vaggeryd redovisar ett värde för 2022: det finns inget att jämföra med."));
        given().queryParam("area", "0665").queryParam("year", 2023).when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(200)
                .body("comparable", equalTo(true))
                .body("summary", equalTo("Vaggeryd har plats 2 av 4 kommuner med ett värde för 2023."));
    }

    @Test
    void shouldCompareTheSamePeriodByPeriodAndByTheDeprecatedYear() {
        String id = indicatorWithValues();

        for (String parameter : java.util.List.of("period", "year")) {
            given().queryParam("area", "0665").queryParam(parameter, 2023).when().get("/indicators/v1/indicators/" + id + "/comparison")
                    .then().statusCode(200)
                    .body("period", equalTo(2023))
                    .body("rank", equalTo(2));
        }
    }

    @Test
    void shouldRefuseBothPeriodAndYearNamingYear() {
        String id = indicatorWithValues();

        given().queryParam("area", "0665").queryParam("period", 2023).queryParam("year", 2023)
                .when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("area", "0665").queryParam("period", 1800)
                .when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void shouldRankWithinANamedComparisonGroup() {
        String id = indicatorWithValues();

        given().queryParam("area", "0665").queryParam("group", "0662,0617").queryParam("period", 2023)
                .when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(200)
                .body("rank", equalTo(1))
                .body("of", equalTo(3))
                .body("colour", equalTo("GREEN"));
    }

    @Test
    void shouldRankWithinAMunicipalityGroupNamedByItsCode() {
        String id = indicatorWithValues();

        given().queryParam("area", "0665").queryParam("group", "GL06").queryParam("period", 2023)
                .when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(200)
                .body("areaName", equalTo("Vaggeryd"))
                .body("groupCode", equalTo("GL06"))
                .body("group.size()", equalTo(13))
                .body("rank", equalTo(2))
                .body("of", equalTo(4));
        given().queryParam("area", "0665").queryParam("group", "G999999").queryParam("year", 2023)
                .when().get("/indicators/v1/indicators/" + id + "/comparison")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("group"));
    }

    @Test
    void shouldAnswer404WhenTheMunicipalityHasNoValue() {
        given().queryParam("area", "0687").when().get("/indicators/v1/indicators/" + indicatorWithValues() + "/comparison")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseAnAreaThatIsNotAMunicipality() {
        given().queryParam("area", "BUN").when().get("/indicators/v1/indicators/" + indicatorWithValues() + "/comparison")
                .then().statusCode(400);
    }
}
