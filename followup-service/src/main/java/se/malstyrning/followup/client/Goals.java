package se.malstyrning.followup.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.malstyrning.runtime.problem.DependencyUnavailableException;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * goals-service as this service sees it: a missing org unit or goal is an answer (empty), while
 * the service failing or not answering becomes {@link DependencyUnavailableException}.
 */
@ApplicationScoped
public class Goals {

    private static final String OWNER = "goals-service";

    private final GoalsClient client;

    public Goals(@RestClient GoalsClient client) {
        this.client = client;
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "orgUnitUnavailable", skipOn = ProblemException.class)
    public Optional<OrgUnitRef> orgUnit(UUID id) {
        return OwnerAnswers.notFoundAsEmpty(OWNER, () -> client.orgUnit(id));
    }

    /** The org unit with this code, empty when goals-service has none (yet). */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "orgUnitWithCodeUnavailable", skipOn = ProblemException.class)
    public Optional<OrgUnitRef> orgUnitWithCode(String code) {
        return OwnerAnswers.notFoundAsEmpty(OWNER, () -> client.orgUnitsWithCode(code))
                .flatMap(page -> page.items().stream().findFirst());
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "goalUnavailable", skipOn = ProblemException.class)
    public Optional<GoalRef> goal(UUID id) {
        return OwnerAnswers.notFoundAsEmpty(OWNER, () -> client.goal(id));
    }

    /** The adopted council goals (open data), with the decisions that adopted them. */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "councilGoalsUnavailable", skipOn = ProblemException.class)
    public List<AdoptedGoal> adoptedCouncilGoals() {
        return OwnerAnswers.notFoundAsEmpty(OWNER, () -> client.goals("COUNCIL", "ADOPTED", 500))
                .map(GoalPage::items).orElse(List.of());
    }

    /**
     * The goals of a mandate period's tree as goals-service shows it to the caller (the current goals:
     * no replaced versions, no archived goals), each once; empty when goals-service has no such period.
     */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "goalsOfPeriodUnavailable", skipOn = ProblemException.class)
    public Optional<List<GoalRef>> goalsOfPeriod(UUID mandatePeriodId) {
        return OwnerAnswers.notFoundAsEmpty(OWNER, () -> client.tree(mandatePeriodId)).map(GoalTreeRef::goals);
    }

    Optional<List<GoalRef>> goalsOfPeriodUnavailable(UUID mandatePeriodId) {
        throw new DependencyUnavailableException(OWNER);
    }

    /** Adopts the goals by the decision, all or nothing; goals-service makes a repeated call harmless. */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "adoptionUnavailable", skipOn = ProblemException.class)
    public AdoptionResult adopt(AdoptionRequest request) {
        try {
            return client.adopt(request);
        } catch (WebApplicationException e) {
            throw OwnerAnswers.answerOrFailure(OWNER, e);
        }
    }

    Optional<OrgUnitRef> orgUnitUnavailable(UUID id) {
        throw new DependencyUnavailableException(OWNER);
    }

    Optional<OrgUnitRef> orgUnitWithCodeUnavailable(String code) {
        throw new DependencyUnavailableException(OWNER);
    }

    Optional<GoalRef> goalUnavailable(UUID id) {
        throw new DependencyUnavailableException(OWNER);
    }

    List<AdoptedGoal> councilGoalsUnavailable() {
        throw new DependencyUnavailableException(OWNER);
    }

    AdoptionResult adoptionUnavailable(AdoptionRequest request) {
        throw new DependencyUnavailableException(OWNER);
    }
}
