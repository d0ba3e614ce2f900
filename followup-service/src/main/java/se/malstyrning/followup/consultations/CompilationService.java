package se.malstyrning.followup.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.followup.consultations.CompilationView.CompiledAnswer;
import se.malstyrning.followup.consultations.CompilationView.CompiledComment;
import se.malstyrning.followup.consultations.CompilationView.GoalGroup;
import se.malstyrning.followup.consultations.CompilationView.PositionGroup;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compiles the answers of a sent consultation, for the office's decision. */
@ApplicationScoped
public class CompilationService {

    private final ConsultationService consultations;
    private final ResponseRepository responses;

    public CompilationService(ConsultationService consultations, ResponseRepository responses) {
        this.consultations = consultations;
        this.responses = responses;
    }

    public CompilationView compilation(UUID consultationId) {
        Consultation consultation = consultations.readable(consultationId);
        if (consultation.status.isDraft()) {
            throw ProblemException.conflict("An unsent consultation has no answers to compile");
        }
        Map<UUID, Recipient> recipients = consultation.recipients.stream()
                .collect(Collectors.toMap(recipient -> recipient.id, Function.identity()));
        List<ConsultationResponse> answers = responses.listByConsultation(consultationId);
        Set<UUID> answered = answers.stream().map(response -> response.recipientId).collect(Collectors.toSet());

        List<PositionGroup> byPosition = Arrays.stream(Position.values())
                .map(position -> new PositionGroup(position, answers.stream()
                        .filter(response -> response.answer.position == position)
                        .map(response -> compiled(response, recipients.get(response.recipientId)))
                        .toList()))
                .filter(group -> !group.answers().isEmpty())
                .toList();
        List<GoalGroup> byGoal = consultation.goalIds.stream()
                .map(goalId -> new GoalGroup(goalId, answers.stream()
                        .flatMap(response -> response.answer.goalComments.stream()
                                .filter(comment -> comment.goalId().equals(goalId))
                                .map(comment -> comment(response, recipients.get(response.recipientId), comment)))
                        .toList()))
                .toList();
        return new CompilationView(consultation.id, consultation.subject, consultation.status, consultation.replyDate,
                recipients.size(), answers.size(), (int) answers.stream().filter(response -> response.answer.late).count(),
                consultation.recipients.stream().filter(recipient -> !answered.contains(recipient.id))
                        .map(RecipientView::of).toList(),
                byPosition, byGoal);
    }

    private static CompiledAnswer compiled(ConsultationResponse response, Recipient recipient) {
        return new CompiledAnswer(recipient.orgUnitCode, recipient.orgUnitName, response.revision, response.answer.text,
                response.answer.late, response.updatedAt);
    }

    private static CompiledComment comment(ConsultationResponse response, Recipient recipient, GoalComment comment) {
        return new CompiledComment(recipient.orgUnitCode, recipient.orgUnitName, response.answer.position,
                comment.comment());
    }
}
