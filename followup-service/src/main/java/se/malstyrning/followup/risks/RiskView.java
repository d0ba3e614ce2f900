package se.malstyrning.followup.risks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Risk")
public record RiskView(
        UUID id,
        UUID orgUnitId,
        String orgUnitCode,
        int year,
        String title,
        String description,
        RiskCategory category,
        List<UUID> goalIds,
        int probability,
        int consequence,
        @Schema(description = "probability × consequence, 1–16") int riskValue,
        RiskScore.Level level,
        long version,
        Instant updatedAt,
        String updatedBy) {

    public static RiskView of(Risk risk) {
        return new RiskView(risk.id, risk.orgUnitId, risk.orgUnitCode, risk.year, risk.title, risk.description,
                risk.category, List.copyOf(risk.goalIds), risk.probability, risk.consequence, risk.riskValue,
                risk.score().level(), risk.version, risk.updatedAt, risk.updatedBy);
    }
}
