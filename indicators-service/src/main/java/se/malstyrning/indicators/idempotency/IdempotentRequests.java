package se.malstyrning.indicators.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POSTs that create: the same caller sending the same key and body again
 * gets the first response again, and nothing is created twice; the same key with another body is a
 * 422. The record is written in the transaction of the creation, so both happen or neither.
 */
@ApplicationScoped
public class IdempotentRequests implements PanacheRepositoryBase<IdempotentRequest, UUID> {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY = 200;

    private final ObjectMapper json;
    private final Caller caller;

    public IdempotentRequests(ObjectMapper json, Caller caller) {
        this.json = json;
        this.caller = caller;
    }

    @Transactional
    public Response once(String key, String operation, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > MAX_KEY) {
            throw ProblemException.invalidField(HEADER, "at most " + MAX_KEY + " characters");
        }
        String hash = sha256(write(request));
        IdempotentRequest earlier = find("idempotencyKey = ?1 and operation = ?2 and caller = ?3", key, operation, caller.name())
                .firstResult();
        if (earlier != null) {
            if (!earlier.requestHash.equals(hash)) {
                throw ProblemException.unprocessableField(HEADER, "was used before with another request body");
            }
            return replay(earlier);
        }
        Response response = action.get();
        record(key, operation, hash, response);
        return response;
    }

    private void record(String key, String operation, String hash, Response response) {
        IdempotentRequest request = new IdempotentRequest();
        request.idempotencyKey = key;
        request.operation = operation;
        request.caller = caller.name();
        request.requestHash = hash;
        request.status = response.getStatus();
        request.location = response.getLocation() == null ? null : response.getLocation().toString();
        request.etag = response.getEntityTag() == null ? null : response.getEntityTag().getValue();
        request.body = write(response.getEntity());
        persistAndFlush(request);
    }

    private static Response replay(IdempotentRequest earlier) {
        Response.ResponseBuilder response = Response.status(earlier.status).entity(earlier.body).type(MediaType.APPLICATION_JSON);
        if (earlier.location != null) {
            response.location(URI.create(earlier.location));
        }
        if (earlier.etag != null) {
            response.tag(new EntityTag(earlier.etag));
        }
        return response.header(HEADER + "-Replayed", "true").header(HttpHeaders.VARY, HEADER).build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
