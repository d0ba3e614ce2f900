package se.malstyrning.indicators.carryover;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.security.Roles;

import java.util.UUID;

@Path("/indicators/v1/goals/{goalId}/carry-over")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class CarryOverResource {

    private final CarryOverService service;

    public CarryOverResource(CarryOverService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.BOARD_EDITOR, Roles.CARRY_OVER_MEASUREMENT})
    @Operation(operationId = "carryOverGoalMeasurement", summary = "Carry the targets and indicator links of the goal it continues over to a goal",
            description = "For a new version of a goal (goals-service's predecessorId) or a goal carried over into a new mandate"
                    + " period (carriedOverFromId): every target and indicator link of that goal is copied to this one, each copy"
                    + " naming its origin (carriedOverFromTargetId, carriedOverFromGoalId), so that the new version is not left"
                    + " without measurement. The copies are changed or deleted like any target or link. Asking again copies only"
                    + " what is still missing. The office, a board editor for its own goals, or a client holding"
                    + " indicators-service's narrow client role carry-over-measurement (followup-service's, which calls it"
                    + " when a decision adopts goals), which allows nothing else. No such goal at goals-service: 404;"
                    + " a goal that continues no other: 409; goals-service down: 503 with Retry-After, nothing written.")
    public CarryOverView carryOver(@PathParam("goalId") UUID goalId) {
        return service.carryOver(goalId);
    }
}
