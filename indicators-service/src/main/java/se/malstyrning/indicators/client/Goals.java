package se.malstyrning.indicators.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.malstyrning.runtime.problem.DependencyUnavailableException;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * goals-service as this service sees it. A 404 is an answer (no such goal, empty) and a 401/403
 * one too (the caller may not see it); a 5xx, a refused connection or a slow answer is a failure,
 * retried, counted by the circuit breaker, and finally {@link DependencyUnavailableException}.
 */
@ApplicationScoped
public class Goals {

    private static final int ORG_UNIT_PAGE = 500;

    private final GoalsApi api;

    public Goals(@RestClient GoalsApi api) {
        this.api = api;
    }

    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "unavailable", skipOn = ProblemException.class)
    public Optional<Goal> goal(UUID id) {
        try {
            return Optional.of(api.goal(id));
        } catch (WebApplicationException e) {
            return notFoundOrThrow(e, "goal " + id + " is not adopted: sign in to see it", "goal " + id);
        }
    }

    /** The goal tree of a mandate period as the caller may see it (without a token: adopted goals only). */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "treeUnavailable", skipOn = ProblemException.class)
    public Optional<GoalTree> tree(UUID mandatePeriodId) {
        try {
            return Optional.of(api.tree(mandatePeriodId));
        } catch (WebApplicationException e) {
            return notFoundOrThrow(e, "sign in to see mandate period " + mandatePeriodId, "mandate period " + mandatePeriodId);
        }
    }

    /** A goal area, empty when goals-service has none with this id. */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "areaUnavailable", skipOn = ProblemException.class)
    public Optional<GoalArea> goalArea(UUID id) {
        try {
            return Optional.of(api.goalArea(id));
        } catch (WebApplicationException e) {
            return notFoundOrThrow(e, "sign in to see goal area " + id, "goal area " + id);
        }
    }

    /** The names of every org unit, by code (open data at goals-service). */
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "orgUnitsUnavailable", skipOn = ProblemException.class)
    public Map<String, String> orgUnitNames() {
        Map<String, String> names = new HashMap<>();
        for (int offset = 0; ; offset += ORG_UNIT_PAGE) {
            OrgUnitPage page = api.orgUnits(ORG_UNIT_PAGE, offset);
            page.items().forEach(unit -> names.put(unit.code(), unit.name()));
            if (page.items().size() < ORG_UNIT_PAGE || offset + ORG_UNIT_PAGE >= page.total()) {
                return names;
            }
        }
    }

    Optional<GoalArea> areaUnavailable(UUID id) {
        throw new DependencyUnavailableException("goals-service");
    }

    Map<String, String> orgUnitsUnavailable() {
        throw new DependencyUnavailableException("goals-service");
    }

    private static <T> Optional<T> notFoundOrThrow(WebApplicationException e, String unauthorized, String what) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 401) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, unauthorized);
        }
        if (status == 403) {
            throw new ProblemException(ProblemType.FORBIDDEN, "goals-service does not let you see " + what);
        }
        throw e;
    }

    Optional<Goal> unavailable(UUID id) {
        throw new DependencyUnavailableException("goals-service");
    }

    Optional<GoalTree> treeUnavailable(UUID mandatePeriodId) {
        throw new DependencyUnavailableException("goals-service");
    }
}
