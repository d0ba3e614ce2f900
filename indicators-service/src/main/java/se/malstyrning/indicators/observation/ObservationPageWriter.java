package se.malstyrning.indicators.observation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Writes an {@link ObservationPage} as the JSON of a {@link se.malstyrning.runtime.paging.Page} (items, total,
 * limit, offset), each observation as it comes from the database cursor. The total arrives before the first
 * item, so the {@code Link} header is set before the first byte. A failure before the first byte becomes a
 * problem response; after it, the response is broken off with the document unfinished.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ObservationPageWriter implements MessageBodyWriter<ObservationPage> {

    private static final Logger LOG = Logger.getLogger(ObservationPageWriter.class);
    private static final int BREAK_OFF_SECONDS = 10;

    private final ObjectMapper mapper;
    private final ObjectWriter observations;

    public ObservationPageWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        // The generator writes to the response in its own chunks; flushing after each item would send each alone.
        this.observations = mapper.writerFor(ObservationView.class).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == ObservationPage.class;
    }

    @Override
    public void writeTo(ObservationPage page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        JsonGenerator json = mapper.createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        Items items = new Items(page, headers, json);
        try {
            page.query().accept(items);
        } catch (RuntimeException e) {
            if (page.request().response().headWritten()) {
                breakOff(page.request());
            }
            throw e;
        }
        json.writeEndArray();
        json.writeNumberField("total", items.total);
        json.writeNumberField("limit", page.limit());
        json.writeNumberField("offset", page.offset());
        json.writeEndObject();
        json.close();
    }

    /**
     * Ends the response before the problem response of the failure can be appended to the part already sent, so
     * that the client sees the page break off: resets an HTTP/2 stream, closes an HTTP/1.1 connection. Vert.x
     * closes that once what was written before is out, so this waits for it (a while at most, for a stalled client).
     */
    private static void breakOff(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            request.response().reset();
            return;
        }
        try {
            request.connection().close().toCompletionStage().toCompletableFuture().get(BREAK_OFF_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf(e, "The connection of %s was not closed in time", request.path());
        }
    }

    private final class Items implements ObservationStore.PageSink {
        private final ObservationPage page;
        private final MultivaluedMap<String, Object> headers;
        private final JsonGenerator json;
        private long total;

        Items(ObservationPage page, MultivaluedMap<String, Object> headers, JsonGenerator json) {
            this.page = page;
            this.headers = headers;
            this.json = json;
        }

        @Override
        public void total(long total) throws IOException {
            this.total = total;
            if (page.hasMore(total)) {
                headers.add(HttpHeaders.LINK, page.next());
            }
            json.writeStartObject();
            json.writeArrayFieldStart("items");
        }

        @Override
        public void item(ObservationView observation) throws IOException {
            observations.writeValue(json, observation);
        }
    }
}
