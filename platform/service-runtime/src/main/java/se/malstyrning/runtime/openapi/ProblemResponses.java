package se.malstyrning.runtime.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import se.malstyrning.runtime.idempotency.IdempotencyInterceptor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents the problem responses every operation can give, following the rules of the service
 * runtime: invalid input and unexpected errors everywhere, 404 where a path names a resource, 409
 * and 422 on writes, 412 and 428 where a change must name its version (412 also on a conditional GET), 401 and 403 where a role
 * is required (401 also where none is, for a token that is not valid), 429 (the gateway's rate
 * limit) and 503 everywhere, and the headers of the gateway's rate limit on every 2xx and 4xx
 * ({@code RateLimit}, {@code RateLimit-Policy}) and {@code Retry-After} on 429 and 503. Every POST also documents its {@code Idempotency-Key} header (see
 * {@link se.malstyrning.runtime.idempotency.Idempotent}). Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    /** The OpenID Connect scheme of the realm (quarkus.smallrye-openapi.security-scheme-name). */
    static final String REALM_SCHEME = "keycloak";
    private static final String PROBLEM = "Problem";
    private static final String RATE_LIMIT = "RateLimit";
    private static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        if (components.getSchemas() == null || !components.getSchemas().containsKey(PROBLEM)) {
            components.addSchema("FieldError", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                    .addProperty("field", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                    .addProperty("message", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING))));
            components.addSchema(PROBLEM, OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                    .description("RFC 9457 problem details")
                    .addProperty("type", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).format("uri"))
                    .addProperty("title", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                    .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                    .addProperty("detail", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)))
                    .addProperty("instance", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).format("uri"))
                    .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                            .items(OASFactory.createSchema().ref("FieldError"))));
        }
        if (components.getHeaders() == null || !components.getHeaders().containsKey(RATE_LIMIT)) {
            components.addHeader(RATE_LIMIT, header("What is left of the limit this request was counted against (set by the gateway;"
                    + " IETF draft-ietf-httpapi-ratelimit-headers): r remaining requests, full again in t seconds", "\"clients\";r=599;t=1"));
            components.addHeader(RATE_LIMIT_POLICY, header("The limit this request was counted against (set by the gateway):"
                    + " q requests per window of w seconds", "\"clients\";q=600;w=10"));
            components.addHeader(RETRY_AFTER, header("Seconds until the request may succeed", "5"));
            components.addHeader(ALLOW_ORIGIN, header("For the configured board portals' origins only (CORS, set by the gateway)",
                    "https://portal.kommun.example.se"));
        }
        OptionalToken.apply(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                    document(path, method, operation)));
        }
        new BearerScheme().filterOpenAPI(openAPI);
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header header(String description, String example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).maxLength(200).example(example));
    }

    /**
     * The headers every answer through the gateway carries: its rate limit on every 2xx and 4xx (and
     * CORS, which the lint wants beside any header), Retry-After on a 429 and a 503.
     */
    private static void documentHeaders(String status, org.eclipse.microprofile.openapi.models.responses.APIResponse response) {
        boolean limited = status.startsWith("2") || status.startsWith("4");
        boolean retry = status.equals("429") || status.equals("503");
        if (!limited && !retry) {
            return;
        }
        if (limited) {
            for (String name : java.util.List.of(RATE_LIMIT, RATE_LIMIT_POLICY)) {
                addHeader(response, name);
            }
        }
        if (retry) {
            addHeader(response, RETRY_AFTER);
        }
        addHeader(response, ALLOW_ORIGIN);
    }

    private static void addHeader(org.eclipse.microprofile.openapi.models.responses.APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    private static void documentIdempotencyKey(Operation operation) {
        boolean documented = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IdempotencyInterceptor.HEADER.equalsIgnoreCase(parameter.getName()));
        if (!documented) {
            operation.addParameter(OASFactory.createParameter().name(IdempotencyInterceptor.HEADER).in(Parameter.In.HEADER)
                    .description("Makes a retry safe: the same key with the same request answers as the first time and changes"
                            + " nothing; with another request it is a 422, while the first is still being processed a 409")
                    .schema(OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).maxLength(IdempotencyInterceptor.MAX_KEY)
                            .pattern(RequestLimits.NO_NUL)));
        }
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid input; errors name the fields");
        if (path.contains("{") || namesAResourceInItsQuery(operation)) {
            problems.put("404", "No such resource");
        }
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (write) {
            problems.put("409", "Conflicts with the resource's state or with existing data");
            problems.put("415", "The body is not application/json");
            problems.put("422", "Refers to something that does not exist or breaks a rule; errors name the fields");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            problems.put("412", "The resource changed since the version named in If-Match");
            problems.put("428", "If-Match is missing");
        } else if (method == PathItem.HttpMethod.GET && operation.getResponses() != null
                && operation.getResponses().getAPIResponse("304") != null) {
            problems.put("412", "If-Match names another version than the current one");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problems.put("401", "No valid bearer token");
            problems.put("403", "The token's roles or org units do not allow this");
        } else {
            problems.put("401", "A bearer token was given and is not valid (open data needs none)");
        }
        if (method == PathItem.HttpMethod.POST) {
            documentIdempotencyKey(operation);
        }
        problems.put("429", "Too many requests from this client (the gateway's rate limit); Retry-After says when to try again");
        problems.put("500", "Unexpected error (logged; no details are given)");
        problems.put("503", "The service's database or a service it asks is unavailable; Retry-After where known");
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        problems.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null || responses.getAPIResponse(status).getContent() == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType("application/problem+json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
            }
        });
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach(ProblemResponses::documentHeaders);
        }
    }

    /** A required query parameter that is a UUID names the resource the answer is about (e.g. {@code cycleId}). */
    private static boolean namesAResourceInItsQuery(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY
                        && Boolean.TRUE.equals(parameter.getRequired())
                        && parameter.getSchema() != null && ("uuid".equals(parameter.getSchema().getFormat())
                        || String.valueOf(parameter.getSchema().getRef()).endsWith("/UUID")));
    }
}
