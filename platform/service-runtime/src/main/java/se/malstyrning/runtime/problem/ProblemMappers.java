package se.malstyrning.runtime.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where every failure becomes an RFC 9457 problem response. No stack trace, class
 * name or SQL reaches the client; unexpected errors are logged here with their cause.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 10;

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        Response response = respond(exception.problem(), uri);
        return exception.retryAfterSeconds()
                .map(seconds -> Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, seconds).build())
                .orElse(response);
    }

    @ServerExceptionMapper
    public Response invalidParameters(ResteasyReactiveViolationException exception, UriInfo uri) {
        return invalid(exception.getConstraintViolations(), uri);
    }

    @ServerExceptionMapper
    public Response invalidEntity(ConstraintViolationException exception, UriInfo uri) {
        return invalid(exception.getConstraintViolations(), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException exception, UriInfo uri) {
        return respond(describe(exception), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException exception, UriInfo uri) {
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN.problem("Your roles or org units do not allow this operation"), uri);
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException exception, UriInfo uri) {
        return respond(ProblemType.PRECONDITION_FAILED.problem(
                "The resource was changed by someone else; fetch it again and reapply your change"), uri);
    }

    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException exception, UriInfo uri) {
        LOG.debugf(exception, "Database constraint %s refused a write", exception.getConstraintName());
        return respond(ProblemType.CONFLICT.problem("The change conflicts with data written at the same time; retry it"), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception, UriInfo uri) {
        JsonProcessingException json = unreadable(exception);
        if (json != null) {
            return respond(describe(json), uri);
        }
        return respond(httpProblem(exception), uri);
    }

    /** A body the JSON reader refused, thrown as it is (a limit of the reader, a bad number) or wrapped. */
    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException exception, UriInfo uri) {
        return respond(describe(exception), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        JsonProcessingException json = unreadable(exception);
        if (json != null) {
            return respond(describe(json), uri);
        }
        // A conflict found only when the transaction commits arrives wrapped (RollbackException and the like).
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException stale) {
                return staleVersion(stale, uri);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException constraint) {
                return databaseConstraint(constraint, uri);
            }
        }
        if (databaseUnreachable(exception)) {
            LOG.warnf("The database is unreachable on %s: %s", uri.getPath(), exception.getMessage());
            return Response.fromResponse(respond(ProblemType.DEPENDENCY_UNAVAILABLE.problem(
                            "The database is unavailable; the change may not have been saved, retry in a while"), uri))
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(exception, "Unexpected error on %s", uri.getPath());
        return respond(ProblemType.INTERNAL.problem("The request could not be completed; it has been logged"), uri);
    }

    /**
     * A lost or refused database connection (SQLState class 08, or 57P: the server shutting down or
     * starting up), however deeply the persistence or transaction layer wrapped it.
     */
    static boolean databaseUnreachable(Throwable exception) {
        return databaseUnreachable(exception, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Follows causes and suppressed exceptions too: a commit that fails on a lost connection arrives
     * as the transaction manager's RollbackException with the driver's error only among the
     * suppressed exceptions of its cause.
     */
    private static boolean databaseUnreachable(Throwable exception, Set<Throwable> seen) {
        for (Throwable cause = exception; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (databaseUnreachable(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Problem httpProblem(WebApplicationException exception) {
        if (exception instanceof NotFoundException) {
            return ProblemType.NOT_FOUND.problem("No resource at this address");
        }
        if (exception instanceof NotAllowedException) {
            return ProblemType.METHOD_NOT_ALLOWED.problem("This resource does not support the method");
        }
        if (exception instanceof NotSupportedException) {
            return ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("Send the body as application/json");
        }
        if (exception instanceof NotAcceptableException) {
            return ProblemType.NOT_ACCEPTABLE.problem("This resource cannot answer in the requested media type");
        }
        int status = exception.getResponse().getStatus();
        if (status == ProblemType.INTERNAL.status()) {
            return ProblemType.INTERNAL.problem("The request could not be completed");
        }
        return ProblemType.of(status, exception.getResponse().getStatusInfo().getReasonPhrase());
    }

    private static Response invalid(Set<ConstraintViolation<?>> violations, UriInfo uri) {
        List<Problem.FieldError> errors = violations.stream()
                .map(violation -> new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION.problem(detail, errors), uri);
    }

    /** The path a client knows: {@code title} or {@code links[0].target}, not {@code create.body.title}. */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            // The index of a list element is carried by the node inside it: answers[0].text.
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty() && parameterName != null) {
            return parameterName;
        }
        return field.isEmpty() ? path.toString() : field.toString();
    }

    /** The JSON failure behind an exception: itself, or the first cause that is one. */
    static JsonProcessingException unreadable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    static Problem describe(JsonProcessingException exception) {
        StreamConstraintsException limit = exception instanceof StreamConstraintsException constraints ? constraints
                : exception.getCause() instanceof StreamConstraintsException constraints ? constraints : null;
        if (limit != null) {
            String message = exceededLimit(limit);
            if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = jsonPath(mapping.getPath());
                return ProblemType.VALIDATION.problem(field + ": " + message, List.of(new Problem.FieldError(field, message)));
            }
            return ProblemType.MALFORMED_REQUEST.problem("The body exceeds a limit of the API: " + message);
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message;
            if (exception instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (exception instanceof RefusedValueException refused) {
                message = refused.getOriginalMessage();
            } else if (exception.getCause() instanceof InputCoercionException) {
                message = "is out of the range of its type";
            } else if (exception instanceof InvalidFormatException format) {
                message = "has a value of the wrong type or format"
                        + (format.getTargetType() != null && format.getTargetType().isEnum()
                        ? " (allowed: " + enumValues(format.getTargetType()) + ")" : "");
            } else {
                message = "has a value of the wrong type";
            }
            return ProblemType.VALIDATION.problem(field + ": " + message, List.of(new Problem.FieldError(field, message)));
        }
        String location = exception.getLocation() == null ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr();
        return ProblemType.MALFORMED_REQUEST.problem("The body is not valid JSON" + location);
    }

    /** The documented limit a body went beyond, in words (Jackson's own message names its classes). */
    private static String exceededLimit(StreamConstraintsException limit) {
        String message = String.valueOf(limit.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "JSON may be nested at most " + JsonLimits.MAX_NESTING_DEPTH + " levels deep";
        }
        if (message.startsWith("Number value length")) {
            return "a number may be at most " + JsonLimits.MAX_NUMBER_LENGTH + " characters long";
        }
        if (message.startsWith("String value length")) {
            return "a string is longer than the body limit";
        }
        return "the body goes beyond a limit of the JSON reader";
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", "));
    }

    private static Response challenge(UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED.problem("Send a valid bearer token from the realm"), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                // The path as sent (still encoded): a decoded one may hold characters a URI cannot.
                .entity(problem.withInstance(URI.create(uri.getRequestUri().getRawPath())))
                .build();
    }
}
