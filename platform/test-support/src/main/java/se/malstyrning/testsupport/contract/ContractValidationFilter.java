package se.malstyrning.testsupport.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates every response a test receives from {@code /{api}/…} against the OpenAPI document
 * the same server serves at {@code /{api}/v1/openapi}: an undocumented status, content type or
 * field fails the test, and so does an error that is not a problem document. Requests are not validated, since tests send bad input on purpose. The
 * document is fetched once per server and API; a server that serves none is not validated. How many
 * responses were validated is reported when the JVM ends, on the output and in
 * {@code target/contract-validation.txt} of the module.
 */
public final class ContractValidationFilter implements OrderedFilter {

    private static final Pattern API_PATH = Pattern.compile("^/([a-z]+)/(?:(v\\d+)/)?");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final String REPORT_FILE = "contract-validation.txt";

    private static final AtomicInteger VALIDATED = new AtomicInteger();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ContractValidationFilter::report));
    }

    private final Optional<String> onlyApi;
    private final Map<URI, Optional<OpenApiInteractionValidator>> validators = new ConcurrentHashMap<>();

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
        // Quarkus' own endpoints under /q/ (health, metrics) are not APIs of the suite and answer in their own formats.
        if (!api.find() || api.group(1).equals("q") || uri.getRawPath().endsWith("/openapi") || onlyApi.filter(name -> !name.equals(api.group(1))).isPresent()) {
            return context.next(request, response);
        }
        String version = api.group(2) == null ? "v1" : api.group(2);
        URI document = uri.resolve("/" + api.group(1) + "/" + version + "/openapi?format=json");
        Optional<OpenApiInteractionValidator> validator = validators.computeIfAbsent(document, ContractValidationFilter::load);
        Response answer = context.next(request, response);
        requireProblemDocument(request, uri, answer);
        if (validator.isEmpty()) {
            return answer;
        }
        VALIDATED.incrementAndGet();
        List<ValidationReport.Message> failures = validator.get().validate(RestAssuredRequest.of(request), RestAssuredResponse.of(answer))
                .getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (!failures.isEmpty()) {
            throw new AssertionError("The response of " + request.getMethod() + " " + uri.getRawPath() + " (" + answer.statusCode()
                    + ") does not match " + document + ":\n" + ValidationReport.from(failures).getMessages().stream()
                    .map(message -> "  " + message.getKey() + ": " + message.getMessage() + " " + message.getNestedMessages())
                    .reduce("", (all, line) -> all + line + "\n"));
        }
        return answer;
    }

    /** Every error of every API is an RFC 9457 problem document, whatever its status and whoever answered it. */
    private static void requireProblemDocument(FilterableRequestSpecification request, URI uri, Response answer) {
        if (answer.statusCode() < 400 || "HEAD".equals(request.getMethod())) {
            return;
        }
        String type = answer.getContentType();
        String body = answer.asString();
        if (type == null || !type.startsWith("application/problem+json") || body == null || body.isBlank()) {
            throw new AssertionError("The error " + answer.statusCode() + " of " + request.getMethod() + " " + uri.getRawPath()
                    + " is not a problem document (Content-Type " + type + ", " + (body == null ? 0 : body.length())
                    + " characters of body)");
        }
    }

    private static void report() {
        String report = "[contract-validation] %d responses validated against the documents%n".formatted(VALIDATED.get());
        System.out.print(report);
        System.out.flush();
        // Surefire may have stopped reading the output by now; the file is what tools/test-suite prints.
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

    private static Optional<OpenApiInteractionValidator> load(URI document) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(OpenApiInteractionValidator
                    .createForInlineApiSpecification(answer.body())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read the OpenAPI document " + document, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
