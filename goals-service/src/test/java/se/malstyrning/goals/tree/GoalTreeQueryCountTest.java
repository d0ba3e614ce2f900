package se.malstyrning.goals.tree;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import se.malstyrning.goals.GoalFixtures;
import se.malstyrning.goals.GoalFixtures.Period;
import se.malstyrning.testsupport.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.malstyrning.goals.GoalFixtures.board;
import static se.malstyrning.goals.GoalFixtures.boardGoalJson;
import static se.malstyrning.goals.GoalFixtures.post;
import static se.malstyrning.goals.GoalFixtures.uniqueCode;

@QuarkusTest
@TestProfile(GoalTreeQueryCountTest.NothingInTheBackground.class)
class GoalTreeQueryCountTest {

    /** The statistics count every statement of the process: no scheduled job (webhook deliveries) may add its own. */
    public static class NothingInTheBackground implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    private final EntityManagerFactory factory;

    GoalTreeQueryCountTest(EntityManagerFactory factory) {
        this.factory = factory;
    }

    private long statementsFor(Period period) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        given().header("Authorization", TestTokens.reader()).get("/goals/v1/mandate-periods/" + period.id() + "/tree")
                .then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void shouldReadATreeOfAnySizeWithTheSameNumberOfQueries() {
        Period small = GoalFixtures.period();
        GoalFixtures.councilGoal(small);
        Period large = GoalFixtures.period();
        String councilGoal = GoalFixtures.councilGoal(large);
        String[] owner = board();
        for (int i = 0; i < 12; i++) {
            post(TestTokens.strategist(), "/goals/v1/goals", boardGoalJson(large, List.of(councilGoal), owner[0], uniqueCode("BG")));
        }

        assertEquals(statementsFor(small), statementsFor(large));
    }
}
