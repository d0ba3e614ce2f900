package se.malstyrning.runtime.orgunits;

import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.problem.Problem;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgUnitDirectoryTest {

    record Unit(UUID id, String code) {
    }

    private static final Unit BUN = new Unit(UUID.randomUUID(), "BUN");
    private static final Unit SN = new Unit(UUID.randomUUID(), "SN");

    private static final OrgUnitDirectory<Unit> UNITS = new OrgUnitDirectory<>() {
        private final Map<String, Unit> byCode = Map.of("BUN", BUN, "SN", SN);

        @Override
        public Optional<Unit> byId(UUID id) {
            return byCode.values().stream().filter(unit -> unit.id().equals(id)).findFirst();
        }

        @Override
        public Optional<Unit> byCode(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public UUID idOf(Unit unit) {
            return unit.id();
        }
    };

    @Test
    void shouldFindTheSameOrgUnitByIdAndByCodeInAFilter() {
        assertEquals(Optional.of(BUN), UNITS.filter("ownerOrgUnit", BUN.id().toString()));
        assertEquals(Optional.of(BUN), UNITS.filter("ownerOrgUnit", "BUN"));
        assertEquals(Optional.empty(), UNITS.filter("ownerOrgUnit", null));
    }

    @Test
    void shouldRefuseAFilterNamingNoOrgUnitAsABadRequestNamingTheParameter() {
        assertProblem(400, "ownerOrgUnit", () -> UNITS.filter("ownerOrgUnit", "KFX"));
        assertProblem(400, "ownerOrgUnit", () -> UNITS.filter("ownerOrgUnit", UUID.randomUUID().toString()));
        assertProblem(400, "ownerOrgUnit", () -> UNITS.filter("ownerOrgUnit", "not a code!"));
        assertProblem(400, "ownerOrgUnit", () -> UNITS.filter("ownerOrgUnit", "x".repeat(33)));
    }

    @Test
    void shouldTakeABodyFieldByIdOrByCode() {
        assertEquals(BUN, UNITS.requiredField("ownerOrgUnitId", BUN.id(), "ownerOrgUnitCode", null));
        assertEquals(BUN, UNITS.requiredField("ownerOrgUnitId", null, "ownerOrgUnitCode", "BUN"));
        assertEquals(BUN, UNITS.requiredField("ownerOrgUnitId", BUN.id(), "ownerOrgUnitCode", "BUN"));
        assertEquals(Optional.empty(), UNITS.field("ownerOrgUnitId", null, "ownerOrgUnitCode", null));
    }

    @Test
    void shouldRefuseBodyFieldsThatDisagreeNamingTheCodeField() {
        assertProblem(400, "ownerOrgUnitCode", () -> UNITS.field("ownerOrgUnitId", BUN.id(), "ownerOrgUnitCode", "SN"));
    }

    @Test
    void shouldRefuseAnUnknownOrgUnitAsUnprocessableNamingTheFieldThatNamedIt() {
        assertProblem(422, "ownerOrgUnitCode", () -> UNITS.field("ownerOrgUnitId", null, "ownerOrgUnitCode", "KFX"));
        assertProblem(422, "ownerOrgUnitId", () -> UNITS.field("ownerOrgUnitId", UUID.randomUUID(), "ownerOrgUnitCode", null));
        assertProblem(400, "ownerOrgUnitId", () -> UNITS.requiredField("ownerOrgUnitId", null, "ownerOrgUnitCode", null));
    }

    @Test
    void shouldTakeListsByIdsOrByCodesInTheirOrder() {
        assertEquals(List.of(SN, BUN), UNITS.fields("unitIds", List.of(SN.id(), BUN.id()), "unitCodes", null));
        assertEquals(List.of(SN, BUN), UNITS.fields("unitIds", null, "unitCodes", List.of("SN", "BUN")));
        assertEquals(List.of(SN, BUN), UNITS.fields("unitIds", List.of(SN.id(), BUN.id()), "unitCodes", List.of("BUN", "SN")));
        assertTrue(UNITS.fields("unitIds", List.of(), "unitCodes", null).isEmpty());
    }

    @Test
    void shouldRefuseListsThatDisagreeRepeatOrNameUnknownOrgUnits() {
        assertProblem(400, "unitCodes", () -> UNITS.fields("unitIds", List.of(SN.id()), "unitCodes", List.of("BUN")));
        assertProblem(400, "unitCodes[1]", () -> UNITS.fields("unitIds", null, "unitCodes", List.of("BUN", "BUN")));
        assertProblem(400, "unitIds[1]", () -> UNITS.fields("unitIds", List.of(SN.id(), SN.id()), "unitCodes", null));
        assertProblem(422, "unitCodes[1]", () -> UNITS.fields("unitIds", null, "unitCodes", List.of("BUN", "KFX")));
    }

    private static void assertProblem(int status, String field, Runnable request) {
        Problem problem = assertThrows(ProblemException.class, request::run).problem();
        assertEquals(status, problem.status());
        assertEquals(List.of(field), problem.errors().stream().map(Problem.FieldError::field).toList());
    }
}
