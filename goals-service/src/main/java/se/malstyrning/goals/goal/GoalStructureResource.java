package se.malstyrning.goals.goal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.malstyrning.runtime.idempotency.Idempotent;
import se.malstyrning.runtime.security.Roles;

import java.util.List;

/** Operations on many goals at once: adoption by a decision, carrying a structure over to a new period. */
@Path("/goals/v1")
@Tag(name = "Goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalStructureResource {

    private final GoalService service;

    public GoalStructureResource(GoalService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Path("/adoptions")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST, Roles.ADOPT_GOALS})
    @Operation(operationId = "adoptGoals", summary = "Adopt goals by one decision, all or nothing",
            description = "Idempotent: goals already adopted by the same decision stay as they are, so a retry is safe."
                    + " The office may call it, and a client holding goals-service's narrow client role adopt-goals"
                    + " (followup-service's), which allows nothing else.")
    public AdoptionView adopt(@Valid @NotNull AdoptionRequest request) {
        List<GoalView> adopted = service.adoptAll(request.goalIds(), request.decision());
        return new AdoptionView(adopted.stream().map(GoalView::id).toList(), request.decision());
    }

    @POST
    @Idempotent
    @Path("/carry-overs")
    @RolesAllowed({Roles.ADMIN, Roles.STRATEGIST})
    @Operation(operationId = "carryOverGoals", summary = "Carry the adopted goals of a mandate period over to another as drafts")
    public List<GoalView> carryOver(@Valid @NotNull CarryOverRequest request) {
        return service.carryOver(request.toMandatePeriodId(), request.fromMandatePeriodId());
    }
}
