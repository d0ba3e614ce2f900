package se.malstyrning.followup.controlplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ControlRequest", description = "The control of a risk and its follow-up")
public record ControlRequest(
        @Size(max = 5000) @Schema(example = "Andel legitimerade lärare per skola") String what,
        @Size(max = 5000) @Schema(example = "Stickprov i personalsystemet") String method,
        @Size(max = 200) @Schema(example = "Förvaltningschef") String responsibleRole,
        @Size(max = 200) @Schema(example = "Halvårsvis, rapport till nämnden i augusti") String timing,
        @NotNull FollowUpStatus followUpStatus,
        @Size(max = 10000) String followUpNote,
        @Min(0) @Max(Long.MAX_VALUE) @Schema(description = "The version changed, when not sent in If-Match") Long version) {
}
