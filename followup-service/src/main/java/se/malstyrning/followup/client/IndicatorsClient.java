package se.malstyrning.followup.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;
import java.util.UUID;

/** The part of indicators-service's API this service relies on (docs/service-contracts.md). */
@Path("/indicators/v1")
@RegisterRestClient(configKey = "indicators")
@RegisterClientHeaders
@Produces(MediaType.APPLICATION_JSON)
interface IndicatorsClient {

    /** Kept as the owner sent it: a snapshot must show every input, including fields added later. */
    @GET
    @Path("/goals/{goalId}/fulfilment")
    Map<String, Object> fulfilment(@PathParam("goalId") UUID goalId, @QueryParam("area") String area,
                                   @QueryParam("period") Integer period);

    /** Copies the targets and indicator links of the goal this one continues; idempotent. */
    @POST
    @Path("/goals/{goalId}/carry-over")
    Map<String, Object> carryOver(@PathParam("goalId") UUID goalId);
}
