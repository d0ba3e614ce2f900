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
import se.malstyrning.gateway.routing.Upstreams;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One OpenAPI document over all services, built from the documents they serve now. */
@Path("/openapi")
public class MergedOpenApiResource {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(document)
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ServiceUnavailableException("The " + api + " service did not serve its document");
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new ServiceUnavailableException("The " + api + " service is not reachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("Interrupted");
        }
    }
}
