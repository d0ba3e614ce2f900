package se.malstyrning.testsupport.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates every response a test receives from {@code /{api}/…} against the OpenAPI document
 * the same server serves at {@code /{api}/v1/openapi}: an undocumented status, content type or
 * field fails the test. Requests are not validated, since tests send bad input on purpose. The
 * document is fetched once per server and API; a server that serves none is not validated.
 * Mismatches of a {@link KnownGap} class are counted per operation and reported when the JVM ends,
 * on the output and in {@code target/contract-validation.txt} of the module.
 */
public final class ContractValidationFilter implements OrderedFilter {

    private static final Pattern API_PATH = Pattern.compile("^/([a-z]+)/(?:(v\\d+)/)?");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final String REPORT_FILE = "contract-validation.txt";

    private static final AtomicInteger VALIDATED = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<KnownGap, Map<String, Integer>> GAPS = new EnumMap<>(KnownGap.class);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractValidationFilter::report));
    }

    private final Optional<String> onlyApi;
    private final Map<URI, Optional<Contract>> contracts = new ConcurrentHashMap<>();

    /** A document and the validator made from it. */
    private record Contract(JsonNode document, OpenApiInteractionValidator validator) {

        /** The documented operation a request matches, or a missing node. */
        JsonNode operation(String method, String path) {
            String name = method.toLowerCase(java.util.Locale.ROOT);
            if (document.path("paths").has(path)) {
                return document.path("paths").path(path).path(name);
            }
            for (Map.Entry<String, JsonNode> item : document.path("paths").properties()) {
                if (path.matches(item.getKey().replaceAll("\\{[^}]+}", "[^/]+"))) {
                    return item.getValue().path(name);
                }
            }
            return document.path("paths").path("none");
        }
    }

    private ContractValidationFilter(Optional<String> onlyApi) {
        this.onlyApi = onlyApi;
    }

    /** Validates the responses of one API (a service's own tests). */
    public static ContractValidationFilter forApi(String api) {
        return new ContractValidationFilter(Optional.of(api));
    }

    /** Validates the responses of every API the server routes (the gateway). */
    public static ContractValidationFilter forEveryApi() {
        return new ContractValidationFilter(Optional.empty());
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        URI uri = URI.create(request.getURI());
        Matcher api = API_PATH.matcher(uri.getRawPath());
        if (!api.find() || uri.getRawPath().endsWith("/openapi") || onlyApi.filter(name -> !name.equals(api.group(1))).isPresent()) {
            return context.next(request, response);
        }
        String version = api.group(2) == null ? "v1" : api.group(2);
        URI document = uri.resolve("/" + api.group(1) + "/" + version + "/openapi?format=json");
        Optional<Contract> contract = contracts.computeIfAbsent(document, ContractValidationFilter::load);
        Response answer = context.next(request, response);
        if (contract.isEmpty()) {
            return answer;
        }
        VALIDATED.incrementAndGet();
        ValidationReport report = contract.get().validator().validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer));
        JsonNode operation = contract.get().operation(request.getMethod(), uri.getRawPath());
        Set<KnownGap> gaps = EnumSet.noneOf(KnownGap.class);
        List<ValidationReport.Message> failures = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> KnownGap.of(message, operation, answer.statusCode()).map(gaps::add).isEmpty())
                .toList();
        gaps.forEach(gap -> count(gap, request));
        if (!failures.isEmpty()) {
            throw new AssertionError("The response of " + request.getMethod() + " " + uri.getRawPath() + " (" + answer.statusCode()
                    + ") does not match " + document + ":\n" + ValidationReport.from(failures).getMessages().stream()
                    .map(message -> "  " + message.getKey() + ": " + message.getMessage() + " " + message.getNestedMessages())
                    .reduce("", (all, line) -> all + line + "\n"));
        }
        return answer;
    }

    private static void count(KnownGap gap, FilterableRequestSpecification request) {
        synchronized (GAPS) {
            GAPS.computeIfAbsent(gap, ignored -> new TreeMap<>())
                    .merge(request.getMethod() + " " + URI.create(request.getURI()).getRawPath().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"), 1, Integer::sum);
        }
    }

    private static void report() {
        StringBuilder report = new StringBuilder();
        synchronized (GAPS) {
            report.append("[contract-validation] %d responses validated against the documents, %d in known gaps%n".formatted(
                    VALIDATED.get(), GAPS.values().stream().flatMap(operations -> operations.values().stream())
                            .mapToInt(Integer::intValue).sum()));
            GAPS.forEach((gap, operations) -> report.append("[contract-validation]   %s: %d responses of %d operations %s%n".formatted(
                    gap, operations.values().stream().mapToInt(Integer::intValue).sum(), operations.size(), operations.keySet())));
        }
        System.out.print(report);
        System.out.flush();
        // Surefire may have stopped reading the output by now; the file is what deploy/test-suite prints.
        try {
            Path target = Files.createDirectories(Path.of("target"));
            Files.writeString(target.resolve(REPORT_FILE), report);
        } catch (IOException e) {
            System.err.println("Could not write the contract validation report: " + e.getMessage());
        }
    }

    @Override
    public int getOrder() {
        // Last, so that it sees the response exactly as the test does.
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    private static Optional<Contract> load(URI document) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(new Contract(JSON.readTree(answer.body()), OpenApiInteractionValidator
                    .createForInlineApiSpecification(answer.body())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build()));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document " + document, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
