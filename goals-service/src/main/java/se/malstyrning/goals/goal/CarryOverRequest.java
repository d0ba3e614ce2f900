package se.malstyrning.goals.goal;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "CarryOverRequest", description = "Carry the adopted goal structure of one mandate period into another as drafts")
public record CarryOverRequest(@NotNull UUID fromMandatePeriodId, @NotNull UUID toMandatePeriodId) {
}
