package se.malstyrning.goals.vision;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.decision.DecisionRequest;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Vision")
public record VisionView(UUID id, String text, List<String> coreValues, LocalDate validFrom,
                         @OmittedWhenNull LocalDate validTo, GoalStatus status, @OmittedWhenNull DecisionRequest decision,
                         long version,
                         @OmittedWhenNull @Schema(description = "The adopted version this one replaces, or would replace when adopted")
                         UUID predecessorId,
                         @OmittedWhenNull @Schema(description = "The version that replaced this one") UUID successorId) {

    public static VisionView of(Vision vision) {
        return new VisionView(vision.id, vision.text, List.copyOf(vision.coreValues), vision.validFrom, vision.validTo,
                vision.status, vision.decision == null ? null : vision.decision.view(), vision.version,
                vision.predecessorId, vision.successorId);
    }
}
