package se.malstyrning.indicators.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.malstyrning.runtime.problem.DependencyUnavailableException;

/** A Kolada-compatible server, page by page; failing or slow answers are retried, then {@link DependencyUnavailableException}. */
@ApplicationScoped
public class Kolada {

    private static final int MAX_PER_PAGE = 5000;

    private final KoladaApi api;

    public Kolada(@RestClient KoladaApi api) {
        this.api = api;
    }

    /** The first page of data for key figures and municipalities (at most 25 of each), every year. */
    @Timeout(30000)
    @Retry(maxRetries = 2, delay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60000)
    @Fallback(fallbackMethod = "firstPageUnavailable")
    public String firstPage(String kpis, String municipalities) {
        return api.data(kpis, municipalities, MAX_PER_PAGE);
    }

    /** The page a {@code next_url} names. */
    @Timeout(30000)
    @Retry(maxRetries = 2, delay = 1000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 60000)
    @Fallback(fallbackMethod = "nextPageUnavailable")
    public String page(String nextUrl) {
        return api.page(nextUrl);
    }

    String firstPageUnavailable(String kpis, String municipalities) {
        throw new DependencyUnavailableException("Kolada");
    }

    String nextPageUnavailable(String nextUrl) {
        throw new DependencyUnavailableException("Kolada");
    }
}
