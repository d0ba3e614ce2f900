package se.malstyrning.goals.goal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.decision.DecisionRequest;

import java.util.List;
import java.util.UUID;

@Schema(name = "AdoptionRequest", description = "Goals adopted by one decision")
public record AdoptionRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> goalIds,
                              @Valid @NotNull DecisionRequest decision) {
}
