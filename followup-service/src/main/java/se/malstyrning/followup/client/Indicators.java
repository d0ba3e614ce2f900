package se.malstyrning.followup.client;

import jakarta.enterprise.context.ApplicationScoped;
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

/** indicators-service as this service sees it: computed fulfilment of goals, or unavailable. */
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

    Optional<Map<String, Object>> fulfilmentUnavailable(UUID goalId, String area, int year) {
        throw new DependencyUnavailableException(OWNER);
    }
}
