package se.malstyrning.followup.consultations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ConsultationCompilation", description = "The sammanställning: every answer grouped by position and by goal")
public record CompilationView(
        UUID consultationId,
        String subject,
        ConsultationStatus status,
        @OmittedWhenNull LocalDate replyDate,
        int recipients,
        int answered,
        int late,
        List<RecipientView> notAnswered,
        List<PositionGroup> byPosition,
        List<GoalGroup> byGoal) {

    @Schema(name = "CompiledPosition")
    public record PositionGroup(Position position, List<CompiledAnswer> answers) {
    }

    @Schema(name = "CompiledAnswer")
    public record CompiledAnswer(String orgUnitCode, String orgUnitName, int revision, String text, boolean late,
                                 Instant submittedAt) {
    }

    @Schema(name = "CompiledGoal")
    public record GoalGroup(UUID goalId, List<CompiledComment> comments) {
    }

    @Schema(name = "CompiledGoalComment")
    public record CompiledComment(String orgUnitCode, String orgUnitName, Position position, String comment) {
    }
}
