package se.malstyrning.runtime.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.input.NulCharacters;
import se.malstyrning.runtime.input.StrictJson;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bodies the strict JSON reader refuses become 400 problems naming the field or the limit. */
class UnreadableBodyTest {

    enum Level { COUNCIL, BOARD }

    record Target(Double desiredValue, Integer baselineYear, String source, Boolean older, Level level, int number,
                  List<String> sdgTargets, Object details, java.time.LocalDate adoptedOn) {
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        new StrictJson().customize(mapper);
        new NulCharacters().customize(mapper);
        return mapper;
    }

    private static Problem problemOf(String body) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> JSON.readValue(body, Target.class));
        return ProblemMappers.describe(refused);
    }

    private static void assertRefusedNaming(String field, String body) {
        Problem problem = problemOf(body);
        assertEquals(400, problem.status(), problem.detail());
        assertEquals(List.of(field), problem.errors().stream().map(Problem.FieldError::field).toList(), problem.detail());
    }

    @Test
    void shouldReadAWellTypedBody() throws Exception {
        Target target = JSON.readValue("""
                {"desiredValue": 75, "baselineYear": 2019, "source": "Kolada", "older": true, "level": "BOARD",
                 "number": 3, "sdgTargets": ["11.3"]}""", Target.class);
        assertEquals(75.0, target.desiredValue());
        assertEquals(Level.BOARD, target.level());
    }

    @Test
    void shouldRefuseANumberBeyondTheRangeOfADoubleNamingTheField() {
        Problem problem = problemOf("{\"desiredValue\": 1e309}");
        assertEquals(List.of(new Problem.FieldError("desiredValue", "must be a finite number")), problem.errors());
    }

    @Test
    void shouldRefuseNotANumberSentAsTextNamingTheField() {
        assertRefusedNaming("desiredValue", "{\"desiredValue\": \"NaN\"}");
        assertRefusedNaming("desiredValue", "{\"desiredValue\": \"Infinity\"}");
    }

    @Test
    void shouldRefuseAFractionWhereAnIntegerIsExpectedRatherThanTruncateIt() {
        assertRefusedNaming("baselineYear", "{\"baselineYear\": 2019.9}");
        assertRefusedNaming("number", "{\"number\": 3.5}");
    }

    @Test
    void shouldRefuseTextWhereANumberOrABooleanIsExpected() {
        assertRefusedNaming("baselineYear", "{\"baselineYear\": \"2019\"}");
        assertRefusedNaming("desiredValue", "{\"desiredValue\": \"75.0\"}");
        assertRefusedNaming("older", "{\"older\": \"true\"}");
    }

    @Test
    void shouldRefuseANumberOrABooleanWhereTextIsExpected() {
        assertRefusedNaming("source", "{\"source\": 12345}");
        assertRefusedNaming("source", "{\"source\": true}");
        assertRefusedNaming("sdgTargets[0]", "{\"sdgTargets\": [11.3]}");
    }

    @Test
    void shouldRefuseANumberForAnEnum() {
        assertRefusedNaming("level", "{\"level\": 0}");
    }

    @Test
    void shouldReadADateOnlyAsYearMonthAndDay() throws Exception {
        assertEquals(java.time.LocalDate.of(2019, 5, 27),
                JSON.readValue("{\"number\": 1, \"adoptedOn\": \"2019-05-27\"}", Target.class).adoptedOn());
        assertRefusedNaming("adoptedOn", "{\"adoptedOn\": \"+12019-05-27\"}");
        assertRefusedNaming("adoptedOn", "{\"adoptedOn\": 17000}");
        assertRefusedNaming("adoptedOn", "{\"adoptedOn\": \"2019-5-27\"}");
    }

    @Test
    void shouldRefuseNullForAPrimitive() {
        assertRefusedNaming("number", "{\"number\": null}");
    }

    @Test
    void shouldRefuseNulInTextNamingTheField() {
        Problem problem = problemOf("{\"source\": \"a\\u0000b\"}");
        assertEquals(List.of(new Problem.FieldError("source", NulCharacters.MESSAGE)), problem.errors());
    }

    @Test
    void shouldRefuseNestingDeeperThanTheLimitNamingTheLimit() {
        String deep = "[".repeat(StrictJson.MAX_NESTING_DEPTH + 1) + "]".repeat(StrictJson.MAX_NESTING_DEPTH + 1);
        Problem problem = problemOf("{\"details\": " + deep + "}");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("at most " + StrictJson.MAX_NESTING_DEPTH + " levels"), problem.detail());
    }

    @Test
    void shouldRefuseANumberLongerThanTheLimitNamingTheLimit() {
        Problem problem = problemOf("{\"desiredValue\": " + "9".repeat(StrictJson.MAX_NUMBER_LENGTH + 1) + "}");
        assertEquals(400, problem.status());
        assertTrue(problem.detail().contains("at most " + StrictJson.MAX_NUMBER_LENGTH + " characters"), problem.detail());
    }

    @Test
    void shouldRefuseAFieldSentTwice() {
        assertEquals(400, problemOf("{\"source\": \"a\", \"source\": \"b\"}").status());
    }
}
