package se.malstyrning.followup.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** The part of goals-service's API this service relies on (docs/service-contracts.md). */
@Path("/goals/v1")
@RegisterRestClient(configKey = "goals")
@RegisterClientHeaders
@Produces(MediaType.APPLICATION_JSON)
interface GoalsClient {

    @GET
    @Path("/org-units/{id}")
    OrgUnitRef orgUnit(@PathParam("id") UUID id);

    @GET
    @Path("/org-units")
    OrgUnitPage orgUnitsWithCode(@QueryParam("code") String code);

    @GET
    @Path("/goals/{id}")
    GoalRef goal(@PathParam("id") UUID id);

    @GET
    @Path("/goals")
    GoalPage goals(@QueryParam("level") String level, @QueryParam("status") String status, @QueryParam("limit") int limit);

    @GET
    @Path("/mandate-periods/{id}/tree")
    GoalTreeRef tree(@PathParam("id") UUID mandatePeriodId);

    @POST
    @Path("/adoptions")
    @Consumes(MediaType.APPLICATION_JSON)
    AdoptionResult adopt(AdoptionRequest request);
}
