package se.malstyrning.indicators.client;

import io.quarkus.rest.client.reactive.Url;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The data route of Kolada's API v3 (or a compatible server), and its next_url links. */
@RegisterRestClient(configKey = "kolada")
@Produces(MediaType.APPLICATION_JSON)
interface KoladaApi {

    @GET
    @Path("/data/kpi/{kpis}/municipality/{municipalities}")
    String data(@PathParam("kpis") String kpis, @PathParam("municipalities") String municipalities,
                @QueryParam("per_page") int perPage);

    @GET
    String page(@Url String nextUrl);
}
