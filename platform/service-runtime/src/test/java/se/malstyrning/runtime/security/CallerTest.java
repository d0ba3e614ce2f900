package se.malstyrning.runtime.security;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one object-level rule every service applies: who acts for which org unit. */
class CallerTest {

    private static Caller with(String role) {
        return new Caller(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone")).addRole(role).build());
    }

    @Test
    void shouldLetTheOfficeActForEveryOrgUnit() {
        assertDoesNotThrow(() -> with(Roles.STRATEGIST).requireActsFor("SN", "assess the goal"));
        assertDoesNotThrow(() -> with(Roles.ADMIN).requireActsFor("SN", "assess the goal"));
    }

    @Test
    void shouldRefuseACallerWithoutTheOrgUnitWithAProblemNamingIt() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> with(Roles.BOARD_EDITOR).requireActsFor("SN", "assess the goal"));

        assertEquals(403, refused.problem().status());
        assertTrue(refused.problem().detail().contains("assess the goal"), refused.problem().detail());
        assertTrue(refused.problem().detail().contains("SN"), refused.problem().detail());
    }

    @Test
    void shouldRefuseOfficeWorkToABoardEditorWithAProblem() {
        ProblemException refused = assertThrows(ProblemException.class, () -> with(Roles.BOARD_EDITOR).requireOffice("adopt goals"));

        assertEquals(403, refused.problem().status());
    }
}
