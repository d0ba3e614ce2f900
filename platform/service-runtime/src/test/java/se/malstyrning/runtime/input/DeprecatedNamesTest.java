package se.malstyrning.runtime.input;

import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeprecatedNamesTest {

    @Test
    void shouldTakeTheValueByEitherNameAndSayWhichWasGiven() {
        assertEquals(new DeprecatedNames.Named<>("period", "2020"), DeprecatedNames.either("period", "2020", "year", null));
        assertEquals(new DeprecatedNames.Named<>("year", "2020"), DeprecatedNames.either("period", null, "year", "2020"));
        assertEquals(new DeprecatedNames.Named<>("period", null), DeprecatedNames.either("period", null, "year", null));
        assertEquals(new DeprecatedNames.Named<>("year", List.of("2020")),
                DeprecatedNames.either("period", List.of(), "year", List.of("2020")));
    }

    @Test
    void shouldRefuseBothNamesNamingTheDeprecatedOne() {
        Problem problem = assertThrows(ProblemException.class,
                () -> DeprecatedNames.either("period", "2020", "year", "2021")).problem();
        assertEquals(400, problem.status());
        assertEquals("year", problem.errors().getFirst().field());
    }
}
