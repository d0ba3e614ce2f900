package se.malstyrning.systemtest;

import io.restassured.response.Response;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static se.malstyrning.systemtest.Api.*;

/**
 * Every kind of write of the three services, as each demo role and without a token, through the
 * gateway with real tokens: allowed (201/200) or refused (403 with a token, 401 without). Each
 * case creates its own prerequisites as the strategist before the write under test. The board
 * editor ({@code bun}) writes for its own board here; other boards are in ObjectLevelRulesSystemTest.
 */
@ExtendWith(RunningSuite.class)
class RoleMatrixSystemTest {

    enum Role {
        ADMIN("admin"), STRATEGIST("strateg"), READER("reader"), BOARD_EDITOR("bun"), ANONYMOUS(null);

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    private static final Set<Role> OFFICE = Set.of(Role.ADMIN, Role.STRATEGIST);
    private static final Set<Role> OFFICE_AND_OWN_BOARD = Set.of(Role.ADMIN, Role.STRATEGIST, Role.BOARD_EDITOR);

    /** One kind of write: the roles allowed it, its status on success, and the call (prerequisites made first). */
    private record Write(String name, Set<Role> allowed, int success, Function<String, Response> call) {

        Write(String name, Set<Role> allowed, Function<String, Response> call) {
            this(name, allowed, 201, call);
        }

        int expectedFor(Role role) {
            if (allowed.contains(role)) {
                return success;
            }
            return role == Role.ANONYMOUS ? 401 : 403;
        }
    }

    private static final List<Write> WRITES = List.of(
            // goals-service
            new Write("create a vision", OFFICE, user -> as(user)
                    .body("{\"text\": \"Vision (systemtest)\", \"validFrom\": \"2031-01-01\"}").post("/goals/v1/visions")),
            new Write("create a goal area", OFFICE, user -> as(user)
                    .body("{\"number\": %d, \"name\": \"Målområde (systemtest)\"}".formatted(freshAreaNumber()))
                    .post("/goals/v1/goal-areas")),
            new Write("create a council goal", OFFICE, user -> as(user).body(councilGoalBody()).post("/goals/v1/goals")),
            new Write("create a board goal of BUN", OFFICE_AND_OWN_BOARD, user -> as(user)
                    .body(boardGoalBody("BUN")).post("/goals/v1/goals")),
            new Write("adopt a board goal of BUN by BUN's decision", OFFICE_AND_OWN_BOARD, 200, user -> {
                String goal = draftBoardGoal("BUN");
                return as(user).body("{\"body\": \"BUN\", \"date\": \"2026-11-01\", \"paragraph\": \"§ 3\", \"registrationNumber\": \"BUN 2026/1\"}")
                        .post("/goals/v1/goals/" + goal + "/adopt");
            }),
            new Write("create a steering document", OFFICE, user -> as(user)
                    .body("{\"title\": \"Riktlinje (systemtest)\", \"kind\": \"GUIDELINE\"}").post("/goals/v1/steering-documents")),
            new Write("create an org unit", OFFICE, user -> as(user)
                    .body("{\"code\": \"%s\", \"name\": \"Systemtestnämnden\", \"kind\": \"BOARD\"}".formatted(unique("ST")))
                    .post("/goals/v1/org-units")),
            new Write("change an org unit", OFFICE, 200, user -> {
                String code = unique("ST");
                String unit = office().body("{\"code\": \"%s\", \"name\": \"Systemtestnämnden\", \"kind\": \"BOARD\"}".formatted(code))
                        .post("/goals/v1/org-units").then().statusCode(201).extract().path("id");
                return as(user).header("If-Match", etag("/goals/v1/org-units/" + unit))
                        .body("{\"code\": \"%s\", \"name\": \"Omdöpta nämnden\", \"kind\": \"BOARD\"}".formatted(code))
                        .put("/goals/v1/org-units/" + unit);
            }),
            // indicators-service
            new Write("add an indicator", OFFICE, user -> as(user).body(indicatorBody()).post("/indicators/v1/indicators")),
            new Write("set a target for a goal of BUN", OFFICE_AND_OWN_BOARD, user -> {
                String goal = draftBoardGoal("BUN");
                String indicator = indicator();
                return as(user).body(targetBody(goal, indicator)).post("/indicators/v1/targets");
            }),
            new Write("import observations", OFFICE, 200, user -> {
                String code = indicatorCode(indicator());
                return as(user).contentType("text/csv")
                        .body("indicator,area,period,gender,value\n" + code + ",0665,2023,T,71.5\n")
                        .post("/indicators/v1/imports");
            }),
            new Write("define a municipality group", Set.of(Role.ADMIN), user -> as(user)
                    .body("{\"title\": \"Jämförelsegrupp (systemtest)\", \"members\": [\"0665\", \"0662\"]}")
                    .post("/indicators/v1/municipality-groups")),
            // followup-service
            new Write("open a follow-up cycle", OFFICE, user -> as(user).body(cycleBody()).post("/followup/v1/follow-up-cycles")),
            new Write("register a case", OFFICE, user -> as(user).body(caseBody()).post("/followup/v1/cases")),
            new Write("create a consultation", OFFICE, user -> {
                String caseId = newCase();
                return as(user).body(consultationBody(caseId, "BUN")).post("/followup/v1/consultations");
            }),
            new Write("send a consultation", OFFICE, 200, user -> {
                String consultation = draftConsultation("BUN");
                return as(user).post("/followup/v1/consultations/" + consultation + "/send");
            }),
            new Write("record a decision", OFFICE, user -> {
                String caseId = newCase();
                return as(user).body(decisionBody()).post("/followup/v1/cases/" + caseId + "/decisions");
            }),
            new Write("answer a consultation for BUN", OFFICE_AND_OWN_BOARD, user -> {
                String consultation = sentConsultation("BUN");
                return as(user).body(answerBody("BUN")).post("/followup/v1/consultations/" + consultation + "/responses");
            }),
            new Write("assess a goal of BUN in a cycle", OFFICE_AND_OWN_BOARD, user -> {
                String cycle = cycle();
                return as(user).body(assessmentBody(demoGoal("BUN1"), "BUN"))
                        .post("/followup/v1/follow-up-cycles/" + cycle + "/assessments");
            }),
            new Write("run an activity of BUN", OFFICE_AND_OWN_BOARD, user -> as(user)
                    .body(activityBody("BUN")).post("/followup/v1/activities")),
            new Write("record a risk of BUN", OFFICE_AND_OWN_BOARD, user -> as(user)
                    .body(riskBody("BUN")).post("/followup/v1/risks")));

    static Stream<Arguments> matrix() {
        return WRITES.stream().flatMap(write -> Arrays.stream(Role.values())
                .map(role -> Arguments.of(write.name(), role, write.expectedFor(role))));
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void shouldAllowEachWriteOnlyToTheRolesOfTheAccessRules(String write, Role role, int expected) {
        Write kind = WRITES.stream().filter(candidate -> candidate.name().equals(write)).findFirst().orElseThrow();
        Response response = kind.call().apply(role.user);
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json");
        }
    }
}
