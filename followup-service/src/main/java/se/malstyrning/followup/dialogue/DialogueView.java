package se.malstyrning.followup.dialogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.runtime.openapi.OmittedWhenNull;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "CitizenDialogue")
public record DialogueView(UUID id, String title, LocalDate date, DialogueForm form, List<String> targetGroups,
                           int participants, boolean openForAnswers, List<QuestionView> questions, long version) {

    @Schema(name = "CitizenDialogueQuestion")
    public record QuestionView(UUID id, @OmittedWhenNull UUID goalAreaId, String goalAreaName, String text) {
    }

    static DialogueView of(DialogueEvent event) {
        return new DialogueView(event.id, event.title, event.date, event.form, List.copyOf(event.targetGroups),
                event.participants, event.openForAnswers,
                event.questions.stream().map(q -> new QuestionView(q.id, q.goalAreaId, q.goalAreaName, q.text)).toList(),
                event.version);
    }
}
