package se.malstyrning.indicators.client;

import jakarta.ws.rs.GET;
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
interface GoalsApi {

    @GET
    @Path("/goals/{id}")
    Goal goal(@PathParam("id") UUID id);

    @GET
    @Path("/goal-areas/{id}")
    GoalArea goalArea(@PathParam("id") UUID id);

    @GET
    @Path("/org-units")
    OrgUnitPage orgUnits(@QueryParam("limit") int limit, @QueryParam("offset") int offset);

    @GET
    @Path("/mandate-periods/{id}/tree")
    GoalTree tree(@PathParam("id") UUID mandatePeriodId);
}
