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

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** indicators-service as this service sees it: computed fulfilment of goals, the carry-over of their measurement, or unavailable. */
@ApplicationScoped
public class Indicators {

    private static final String OWNER = "indicators-service";

    private final IndicatorsClient client;

    public Indicators(@RestClient IndicatorsClient client) {
        this.client = client;
    }

    /**
     * The computed fulfilment of the goal in the area as of a year (observations up to it), empty when
     * indicators-service knows no such goal.
     */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "fulfilmentUnavailable", skipOn = ProblemException.class)
    public Optional<Map<String, Object>> fulfilment(UUID goalId, String area, int year) {
        return OwnerAnswers.notFoundAsEmpty(OWNER, () -> client.fulfilment(goalId, area, year));
    }

    /**
     * Carries the measurement (targets, indicator links) of the goal this one continues over to it:
     * {@code true} when indicators-service did (or had done), {@code false} when there is nothing to carry
     * over (a goal that continues no other, 409, or one indicators-service cannot find at goals-service, 404).
     * Idempotent at indicators-service, so a retry is harmless.
     */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10000, skipOn = ProblemException.class)
    @Fallback(fallbackMethod = "carryOverUnavailable", skipOn = ProblemException.class)
    public boolean carryOver(UUID goalId) {
        try {
            client.carryOver(goalId);
            return true;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 409) {
                return false;
            }
            throw OwnerAnswers.answerOrFailure(OWNER, e);
        }
    }

    boolean carryOverUnavailable(UUID goalId) {
        throw new DependencyUnavailableException(OWNER);
    }

    Optional<Map<String, Object>> fulfilmentUnavailable(UUID goalId, String area, int year) {
        throw new DependencyUnavailableException(OWNER);
    }
}
