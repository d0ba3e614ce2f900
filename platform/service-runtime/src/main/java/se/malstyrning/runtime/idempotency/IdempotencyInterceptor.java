package se.malstyrning.runtime.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code Idempotency-Key} on the POSTs marked {@link Idempotent}: the same caller (a user, or an
 * anonymous caller's address) sending the same key with the same request (method, address and body) gets the first response again and nothing
 * happens twice; the same key with another request is a 422; a request whose key is still being
 * processed is a 409. The key is claimed in the transaction of the work itself, so the record and
 * the work are committed together or not at all, and a failed request leaves the key free.
 * A streamed body is hashed while the service reads it.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Key-Replayed";
    public static final int MAX_KEY = 200;
    private static final int PENDING = 0;

    private final CurrentVertxRequest http;
    private final Caller caller;
    private final ObjectMapper json;

    public IdempotencyInterceptor(CurrentVertxRequest http, Caller caller, ObjectMapper json) {
        this.http = http;
        this.caller = caller;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        HttpServerRequest request = http.getCurrent().request();
        String key = request.getHeader(HEADER);
        if (key == null || key.isBlank()) {
            return invocation.proceed();
        }
        if (key.length() > MAX_KEY) {
            throw ProblemException.invalidField(HEADER, "at most " + MAX_KEY + " characters");
        }
        MessageDigest digest = sha256();
        digest.update((request.method().name() + " " + request.uri() + "\n").getBytes(StandardCharsets.UTF_8));
        int streamed = hashBody(invocation, digest);
        String operation = operation(invocation.getMethod());
        String scope = scope(request);
        return transactionFor(invocation).call(() -> {
            IdempotentRequest earlier = IdempotentRequest.find("idempotencyKey = ?1 and operation = ?2 and caller = ?3",
                    key, operation, scope).firstResult();
            if (earlier != null) {
                if (streamed >= 0) {
                    drain((InputStream) invocation.getParameters()[streamed]);
                }
                if (!earlier.requestHash.equals(hex(digest))) {
                    throw ProblemException.unprocessableField(HEADER, "was used before with another request");
                }
                return replay(earlier, invocation.getMethod(), request);
            }
            IdempotentRequest claim = claim(key, operation, scope);
            Object result = invocation.proceed();
            if (streamed >= 0) {
                drain((InputStream) invocation.getParameters()[streamed]);
            }
            record(claim, hex(digest), result);
            return result;
        });
    }

    private static TransactionRunnerOptions transactionFor(InvocationContext invocation) {
        Idempotent idempotent = invocation.getMethod().getAnnotation(Idempotent.class);
        if (idempotent == null) {
            idempotent = invocation.getMethod().getDeclaringClass().getAnnotation(Idempotent.class);
        }
        TransactionRunnerOptions transaction = QuarkusTransaction.joiningExisting();
        return idempotent != null && idempotent.transactionTimeoutSeconds() > 0
                ? transaction.timeout(idempotent.transactionTimeoutSeconds()) : transaction;
    }

    /** Adds a JSON body to the digest now, or wraps a streamed one so it is hashed as it is read (its index then). */
    private int hashBody(InvocationContext invocation, MessageDigest digest) throws JsonProcessingException {
        Object[] parameters = invocation.getParameters();
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            if (!isBody(annotations[i])) {
                continue;
            }
            if (parameters[i] instanceof InputStream stream) {
                parameters[i] = new DigestInputStream(stream, digest);
                invocation.setParameters(parameters);
                return i;
            }
            digest.update(json.writeValueAsBytes(parameters[i]));
        }
        return -1;
    }

    private static boolean isBody(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String type = annotation.annotationType().getName();
            if (annotation instanceof Context || type.startsWith("jakarta.ws.rs.") || type.startsWith("org.jboss.resteasy.reactive.")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whose keys these are: a signed-in caller's own, by user name; an anonymous caller's (a citizen
     * answering a dialogue) by its address, as the trusted gateway forwards it, so that one citizen's key
     * can never answer for another's request.
     */
    private String scope(HttpServerRequest request) {
        if (!caller.isAnonymous()) {
            return caller.name();
        }
        return "anonymous@" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }

    private IdempotentRequest claim(String key, String operation, String scope) {
        IdempotentRequest claim = new IdempotentRequest();
        claim.idempotencyKey = key;
        claim.operation = operation;
        claim.caller = scope;
        claim.requestHash = "";
        claim.status = PENDING;
        claim.body = "";
        try {
            claim.persistAndFlush();
        } catch (PersistenceException e) {
            throw ProblemException.conflictOnField(HEADER, "a request with this key is being processed; retry it to get its answer");
        }
        return claim;
    }

    private void record(IdempotentRequest claim, String hash, Object result) throws JsonProcessingException {
        claim.requestHash = hash;
        Object answer = result instanceof RestResponse<?> typed ? typed.toResponse() : result;
        if (answer instanceof Response response) {
            claim.status = response.getStatus();
            claim.location = response.getLocation() == null ? null : response.getLocation().toString();
            claim.etag = response.getEntityTag() == null ? null : response.getEntityTag().getValue();
            claim.body = json.writeValueAsString(response.getEntity());
        } else {
            claim.status = result == null ? Response.Status.NO_CONTENT.getStatusCode() : Response.Status.OK.getStatusCode();
            claim.body = json.writeValueAsString(result);
        }
        IdempotentRequest.getEntityManager().flush();
    }

    private Object replay(IdempotentRequest earlier, Method method, HttpServerRequest request) throws JsonProcessingException {
        request.response().putHeader(REPLAYED, "true");
        boolean plain = method.getReturnType() == Response.class;
        if (plain || method.getReturnType() == RestResponse.class) {
            RestResponse.ResponseBuilder<Object> response = RestResponse.ResponseBuilder.create(earlier.status);
            if (earlier.status != Response.Status.NO_CONTENT.getStatusCode()) {
                // A Response answers the JSON as it was written, a RestResponse its typed entity.
                if (plain) {
                    response.entity(earlier.body).type(MediaType.APPLICATION_JSON);
                } else {
                    response.entity(json.readValue(earlier.body, json.constructType(method.getGenericReturnType()).containedType(0)));
                }
            }
            if (earlier.location != null) {
                response.location(URI.create(earlier.location));
            }
            if (earlier.etag != null) {
                response.tag(new EntityTag(earlier.etag));
            }
            return plain ? response.build().toResponse() : response.build();
        }
        if (method.getReturnType() == void.class) {
            return null;
        }
        return json.readValue(earlier.body, json.constructType(method.getGenericReturnType()));
    }

    private static String operation(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation != null && !operation.operationId().isBlank() ? operation.operationId()
                : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** Reads what the service left of a streamed body into the digest; a service that closed it has read it all. */
    private static void drain(InputStream stream) {
        try {
            stream.transferTo(OutputStream.nullOutputStream());
        } catch (IOException closed) {
            // nothing left to hash
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
