package se.malstyrning.goals.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.decision.DecisionRequest;

import java.util.List;
import java.util.UUID;

@Schema(name = "Adoption")
public record AdoptionView(List<UUID> adopted, DecisionRequest decision) {
}
