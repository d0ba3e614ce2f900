package se.malstyrning.followup.dialogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "CitizenDialogueSummary", description = "The answers per goal area and question, counted per target group")
public record DialogueSummary(UUID dialogueId, String title, int participants, List<String> targetGroups,
                              int digitalAnswers, List<GoalArea> goalAreas) {

    @Schema(name = "CitizenDialogueGoalArea")
    public record GoalArea(@OmittedWhenNull UUID goalAreaId, String goalAreaName, List<QuestionSummary> questions) {
    }

    @Schema(name = "CitizenDialogueQuestionSummary")
    public record QuestionSummary(UUID questionId, String text, int answers,
                                  @Schema(description = "Answers per target group; NOT_GIVEN when the citizen did not say")
                                  Map<String, Long> byTargetGroup,
                                  List<String> texts) {
    }
}
