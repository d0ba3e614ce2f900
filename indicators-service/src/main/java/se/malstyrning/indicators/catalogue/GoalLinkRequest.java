package se.malstyrning.indicators.catalogue;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "GoalLinkRequest", description = "A goal at goals-service that the indicator measures")
public record GoalLinkRequest(@NotNull UUID goalId) {
}
