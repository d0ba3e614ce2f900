package se.malstyrning.followup.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.input.DeprecatedNames;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "DecisionRequest", description = "A decision on the case. When it adopts goals, goals-service adopts them"
        + " with this decision as reference before the decision is recorded; if goals-service is down nothing is"
        + " recorded (503) and the same request can simply be sent again.")
public record DecisionRequest(
        @NotBlank @Size(max = 16) @Pattern(regexp = "[A-ZÅÄÖ]+", message = "upper-case letters only")
        @Schema(example = "KF") String body,
        @NotNull @Schema(example = "2019-05-27") LocalDate date,
        @NotBlank @Size(max = 32) @Schema(example = "§ 45") String paragraph,
        @NotBlank @Size(max = 20000) @Schema(example = "Kommunfullmäktige godkänner förslag till nya mål för mandatperioden.") String text,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> sentTo,
        @Schema(description = "The consultation this decision concludes; it must be compiled") UUID consultationId,
        @Size(max = 200) @Schema(description = "Deprecated: adoptedGoalIds, the same name as in the decision recorded."
                + " Goals (ids at goals-service) the decision adopts", deprecated = true)
        @Deprecated List<@NotNull UUID> adoptsGoalIds,
        @Size(max = 200) @Schema(description = "Goals (ids at goals-service) the decision adopts (as the decision recorded names them)")
        List<@NotNull UUID> adoptedGoalIds) {

    List<String> sentToOrEmpty() {
        return sentTo == null ? List.of() : sentTo;
    }

    /** The goals adopted, by the field's name or by its deprecated one; never both (a 400 naming the old one). */
    List<UUID> adoptedGoalIdsOrEmpty() {
        List<UUID> adopted = DeprecatedNames.either("adoptedGoalIds", adoptedGoalIds, "adoptsGoalIds", adoptsGoalIds).value();
        return adopted == null ? List.of() : adopted;
    }
}
