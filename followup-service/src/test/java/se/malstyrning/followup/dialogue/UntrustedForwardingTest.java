package se.malstyrning.followup.dialogue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.malstyrning.testsupport.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A caller that reaches the service without passing a trusted proxy (here: every test, since this
 * machine is not the configured proxy) cannot choose its address with {@code X-Forwarded-For}.
 */
@QuarkusTest
@TestProfile(UntrustedForwardingTest.GatewayElsewhere.class)
class UntrustedForwardingTest {

    public static class GatewayElsewhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.1");
        }
    }

    private static final String PATH = "/followup/v1/citizen-dialogues";

    @Test
    void shouldCountAnswersByTheCallersOwnAddressWhateverItForwards() {
        ValidatableResponse created = given().header("Authorization", TestTokens.strategist()).contentType(ContentType.JSON)
                .body("""
                        {"title": "Medborgardialog", "date": "2019-04-01", "form": "WORKSHOP", "targetGroups": ["Pensionärer"],
                         "participants": 10, "openForAnswers": true,
                         "questions": [{"goalAreaName": "Kunskap, hälsa och fritid", "text": "Vad behövs?"}]}
                        """)
                .when().post(PATH).then().statusCode(201);
        String id = created.extract().path("id");
        String question = created.extract().path("questions[0].id");
        String answer = "{\"answers\": [{\"questionId\": \"" + question + "\", \"text\": \"Fler bänkar.\"}]}";
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i).contentType(ContentType.JSON).body(answer)
                    .when().post(PATH + "/" + id + "/answers")
                    .then().statusCode(202);
        }
        given().header("X-Forwarded-For", "198.51.100.99").contentType(ContentType.JSON).body(answer)
                .when().post(PATH + "/" + id + "/answers")
                .then().statusCode(429);
    }
}
