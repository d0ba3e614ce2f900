package se.malstyrning.followup.decisions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.util.UUID;

@Schema(name = "MeasurementCarryOver", description = "Whether an adopted goal took over the targets and indicator links"
        + " of the goal it continues (indicators-service's POST /indicators/v1/goals/{goalId}/carry-over)")
public record MeasurementCarryOver(
        UUID goalId,
        @Schema(description = "CARRIED_OVER: done (or done before); NOTHING_TO_CARRY_OVER: the goal continues no other;"
                + " NOT_CARRIED_OVER: indicators-service could not or would not do it now: the decision stands, ask"
                + " POST /indicators/v1/goals/{goalId}/carry-over again (idempotent)")
        Outcome outcome,
        @OmittedWhenNull @Schema(description = "Why it was not carried over") String detail) {

    @Schema(name = "MeasurementCarryOverOutcome")
    public enum Outcome { CARRIED_OVER, NOTHING_TO_CARRY_OVER, NOT_CARRIED_OVER }
}
