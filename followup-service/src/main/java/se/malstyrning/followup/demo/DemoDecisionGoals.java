package se.malstyrning.followup.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import se.malstyrning.followup.client.AdoptedGoal;
import se.malstyrning.followup.client.Goals;
import se.malstyrning.followup.decisions.Decision;
import se.malstyrning.followup.decisions.DecisionRepository;
import se.malstyrning.runtime.problem.DependencyUnavailableException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The KF decision of 27 May 2019 on KS 2019/017 lists the council goals it adopted: those that
 * goals-service cites with the same decision (body, date, paragraph and registration number). They
 * are known only once goals-service has loaded its demo data, so this runs beside the remiss.
 */
@ApplicationScoped
public class DemoDecisionGoals {

    static final String BODY = "KF";
    static final LocalDate DATE = LocalDate.of(2019, 5, 27);
    /** The paragraph goals-service's demo data cites for the adoption of KF1–KF4. */
    static final String PARAGRAPH = "§ 45 (demo)";
    static final String REGISTRATION_NUMBER = "KS 2019/017";

    private final Goals goals;
    private final DecisionRepository decisions;

    public DemoDecisionGoals(Goals goals, DecisionRepository decisions) {
        this.goals = goals;
        this.decisions = decisions;
    }

    /** True when the decision lists its goals (now or before); false when goals-service cannot name them yet. */
    @ActivateRequestContext
    public boolean load() {
        Optional<Decision> decision = QuarkusTransaction.requiringNew().call(this::kfDecision);
        if (decision.isEmpty() || !decision.get().adoptedGoalIds.isEmpty()) {
            return true;
        }
        List<UUID> adopted;
        try {
            adopted = goals.adoptedCouncilGoals().stream()
                    .filter(goal -> goal.decision() != null && citesThisDecision(goal.decision()))
                    .sorted(Comparator.comparing(AdoptedGoal::code))
                    .map(AdoptedGoal::id).toList();
        } catch (DependencyUnavailableException e) {
            return false;
        }
        if (adopted.isEmpty()) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() ->
                kfDecision().ifPresent(found -> found.adoptedGoalIds = new ArrayList<>(adopted)));
        return true;
    }

    private Optional<Decision> kfDecision() {
        return decisions.find("body = ?1 and date = ?2 and paragraph = ?3", BODY, DATE, PARAGRAPH).firstResultOptional();
    }

    private static boolean citesThisDecision(AdoptedGoal.Decision decision) {
        return BODY.equals(decision.body()) && DATE.equals(decision.date()) && PARAGRAPH.equals(decision.paragraph())
                && REGISTRATION_NUMBER.equals(decision.registrationNumber());
    }
}
