package se.malstyrning.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.stork.api.ServiceInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import se.malstyrning.gateway.routing.Upstreams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One OpenAPI document over all services, built from the documents they serve now. */
@Path("/openapi")
public class MergedOpenApiResource {

    private static final Logger LOG = Logger.getLogger(MergedOpenApiResource.class);
    // HTTP/1.1: the default would first try to upgrade each connection to HTTP/2.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Upstreams upstreams;
    private final ObjectMapper mapper;

    public MergedOpenApiResource(Upstreams upstreams, ObjectMapper mapper) {
        this.upstreams = upstreams;
        this.mapper = mapper;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMergedOpenApi", summary = "The OpenAPI documents of all services merged into one")
    public JsonNode merged() {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        upstreams.instances().keySet().forEach(api -> documents.put(api, fetch(api, instance(api))));
        return new OpenApiMerger(mapper).merge(documents);
    }

    private URI instance(String api) {
        ServiceInstance instance = upstreams.select(api);
        return URI.create("http://" + instance.getHost() + ":" + instance.getPort());
    }

    private JsonNode fetch(String api, URI upstream) {
        URI document = upstream.resolve("/" + api + "/v1/openapi?format=json");
        HttpRequest request = HttpRequest.newBuilder(document)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 200) {
                LOG.warnf("The %s service answered %d for its document", api, response.statusCode());
                throw new ServiceUnavailableException("The " + api + " service did not serve its document");
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            LOG.warnf("The %s service's document could not be fetched: %s", api, e.toString());
            throw new ServiceUnavailableException("The " + api + " service is not reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted");
        }
    }

    /** Sent again once on a broken connection: a kept-alive one may have been closed by a service that restarted. */
    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
