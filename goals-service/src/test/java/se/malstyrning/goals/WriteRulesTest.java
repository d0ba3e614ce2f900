package se.malstyrning.goals;

import io.quarkus.test.junit.QuarkusTest;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;
import se.malstyrning.testsupport.contract.WriteCall;
import se.malstyrning.testsupport.contract.WriteRulesContract;

import java.util.Map;
import java.util.function.Supplier;

import static java.util.Map.entry;
import static se.malstyrning.goals.GoalFixtures.adopt;
import static se.malstyrning.goals.GoalFixtures.area;
import static se.malstyrning.goals.GoalFixtures.areaJson;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.boardJson;
import static se.malstyrning.goals.GoalFixtures.councilGoalJson;
import static se.malstyrning.goals.GoalFixtures.decision;
import static se.malstyrning.goals.GoalFixtures.period;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;
import static se.malstyrning.testsupport.contract.WriteCall.put;

@QuarkusTest
class WriteRulesTest extends WriteRulesContract {

    private static final String OFFICE = TestTokens.strategist();

    @Override
    protected String api() {
        return "goals";
    }

    @Override
    protected Map<String, Supplier<WriteCall>> writes() {
        return calls();
    }

    /** A valid call of every write of goals-service, on data of its own. */
    static Map<String, Supplier<WriteCall>> calls() {
        return se.malstyrning.testsupport.contract.WebhookCalls.with(ownCalls(), "goals", "goal.adopted");
    }

    private static Map<String, Supplier<WriteCall>> ownCalls() {
        return Map.ofEntries(
                entry("createMandatePeriod", () -> WriteCall.post(OFFICE, "/goals/v1/mandate-periods", GoalFixtures.periodJson())),
                entry("createOrgUnit", () -> WriteCall.post(OFFICE, "/goals/v1/org-units", boardJson(uniqueCode("B")))),
                entry("updateOrgUnit", () -> {
                    String code = uniqueCode("B");
                    String id = post(OFFICE, "/goals/v1/org-units", boardJson(code));
                    return put(OFFICE, "/goals/v1/org-units/" + id, boardJson(code).replace("Testnämnden", "Omdöpta nämnden"));
                }),
                entry("createGoalArea", () -> WriteCall.post(OFFICE, "/goals/v1/goal-areas", areaJson())),
                entry("updateGoalArea", () -> {
                    String body = areaJson();
                    String id = post(OFFICE, "/goals/v1/goal-areas", body);
                    return put(OFFICE, "/goals/v1/goal-areas/" + id, body.replace("Testområde", "Ändrat område"));
                }),
                entry("createVision", () -> WriteCall.post(OFFICE, "/goals/v1/visions", vision())),
                entry("updateVision", () -> put(OFFICE, "/goals/v1/visions/" + post(OFFICE, "/goals/v1/visions", vision()),
                        vision().replace("En testvision", "En ändrad vision"))),
                entry("createVisionVersion", () -> WriteCall.post(OFFICE, "/goals/v1/visions/"
                        + post(OFFICE, "/goals/v1/visions", adoptedVision()) + "/versions", null)),
                entry("adoptVision", () -> WriteCall.post(OFFICE, "/goals/v1/visions/"
                        + post(OFFICE, "/goals/v1/visions", vision()) + "/adopt", decision("KS 2019/017"))),
                entry("createSteeringDocument", () -> WriteCall.post(OFFICE, "/goals/v1/steering-documents", document())),
                entry("updateSteeringDocument", () -> put(OFFICE,
                        "/goals/v1/steering-documents/" + post(OFFICE, "/goals/v1/steering-documents", document()),
                        document().replace("Miljöpolicy", "Ändrad miljöpolicy"))),
                entry("createGoal", () -> WriteCall.post(OFFICE, "/goals/v1/goals",
                        councilGoalJson(period(), AREA.get(), board()[0], uniqueCode("KF")))),
                entry("updateGoal", () -> {
                    String body = councilGoalJson(period(), AREA.get(), board()[0], uniqueCode("KF"));
                    String id = post(OFFICE, "/goals/v1/goals", body);
                    return put(OFFICE, "/goals/v1/goals/" + id, body.replace("hållbar tillväxt", "hållbar och grön tillväxt"));
                }),
                entry("proposeGoal", () -> WriteCall.post(OFFICE, "/goals/v1/goals/" + councilGoal() + "/propose", null)),
                entry("adoptGoal", () -> WriteCall.post(OFFICE, "/goals/v1/goals/" + councilGoal() + "/adopt",
                        decision("KS 2019/017"))),
                entry("archiveGoal", () -> {
                    String goal = councilGoal();
                    adopt(goal);
                    return WriteCall.post(OFFICE, "/goals/v1/goals/" + goal + "/archive", null);
                }),
                entry("createGoalVersion", () -> {
                    String goal = councilGoal();
                    adopt(goal);
                    return WriteCall.post(OFFICE, "/goals/v1/goals/" + goal + "/versions", null);
                }),
                entry("adoptGoals", () -> WriteCall.post(OFFICE, "/goals/v1/adoptions",
                        "{\"goalIds\": [\"" + councilGoal() + "\"], \"decision\": " + decision("KS 2019/017") + "}")),
                entry("carryOverGoals", () -> {
                    Period from = period();
                    adopt(councilGoalIn(from));
                    return WriteCall.post(OFFICE, "/goals/v1/carry-overs",
                            "{\"fromMandatePeriodId\": \"" + from.id() + "\", \"toMandatePeriodId\": \"" + period().id() + "\"}");
                }));
    }

    /** Goal area numbers are few (1–99), so this test's goals share one. */
    private static final Supplier<String> AREA = new Supplier<>() {
        private String id;

        @Override
        public synchronized String get() {
            if (id == null) {
                id = area();
            }
            return id;
        }
    };

    private static String councilGoal() {
        return councilGoalIn(period());
    }

    private static String councilGoalIn(Period period) {
        return post(OFFICE, "/goals/v1/goals", councilGoalJson(period, AREA.get(), board()[0], uniqueCode("KF")));
    }

    private static String vision() {
        return """
                {"text": "En testvision", "coreValues": ["Engagemang", "Respekt"], "validFrom": "1990-01-01", "validTo": "1994-12-31"}
                """;
    }

    private static String adoptedVision() {
        return vision().replace("}", ", \"decision\": " + decision("KS 2019/017") + "}");
    }

    private static String document() {
        return """
                {"title": "Miljöpolicy", "kind": "POLICY", "adoptedOn": "2016-03-01", "registrationNumber": "KS 2016/044",
                 "sdgTargets": ["13.2"]}
                """;
    }
}
