package se.malstyrning.followup.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.problem.ProblemType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Remissvar: each recipient answers once; a change after that is a new revision, and every revision is kept. */
@ApplicationScoped
public class ResponseService {

    private final ConsultationService consultations;
    private final ResponseRepository responses;
    private final RevisionRepository revisions;
    private final ConsultationAccess access;

    private final ConsultationEvents events;

    public ResponseService(ConsultationService consultations, ResponseRepository responses,
                           RevisionRepository revisions, ConsultationAccess access, ConsultationEvents events) {
        this.events = events;
        this.consultations = consultations;
        this.responses = responses;
        this.revisions = revisions;
        this.access = access;
    }

    public List<ResponseView> list(UUID consultationId) {
        Consultation consultation = consultations.readable(consultationId);
        return responses.listByConsultation(consultationId).stream()
                .map(response -> new Answered(response, recipientOf(consultation, response)))
                .filter(answered -> access.seesAnswerOf(answered.recipient()))
                .map(answered -> ResponseView.of(answered.response(), answered.recipient()))
                .toList();
    }

    public ResponseView get(UUID consultationId, UUID responseId) {
        Answered answered = visible(consultationId, responseId);
        return ResponseView.of(answered.response(), answered.recipient());
    }

    public List<RevisionView> revisions(UUID consultationId, UUID responseId) {
        Answered answered = visible(consultationId, responseId);
        return revisions.listByResponse(answered.response().id).stream().map(RevisionView::of).toList();
    }

    @Transactional
    public ResponseView answer(UUID consultationId, ResponseRequest request) {
        Consultation consultation = consultations.readable(consultationId);
        Recipient recipient = new Recipients(consultation).requiredField("orgUnitId", request.orgUnitId(),
                "orgUnitCode", request.orgUnitCode());
        access.requireMayAnswerFor(recipient);
        requireOpenForAnswers(consultation);
        if (responses.existsForRecipient(recipient.id)) {
            throw ProblemException.conflictOnField("orgUnitId", recipient.orgUnitCode
                    + " has answered already; change the answer with PUT on it, which makes a new revision");
        }
        ConsultationResponse response = new ConsultationResponse();
        response.consultationId = consultation.id;
        response.recipientId = recipient.id;
        response.revision = 1;
        response.answer = answerOf(consultation, request);
        responses.persist(response);
        revisions.persist(ResponseRevision.of(response));
        responses.flush();
        events.answerReceived(consultation, recipient, response);
        return ResponseView.of(response, recipient);
    }

    @Transactional
    public ResponseView revise(UUID consultationId, UUID responseId, String ifMatch, ResponseRequest request) {
        Answered answered = visible(consultationId, responseId);
        Consultation consultation = consultations.find(consultationId);
        ConsultationResponse response = answered.response();
        access.requireMayAnswerFor(answered.recipient());
        requireOpenForAnswers(consultation);
        Versions.requireCurrent(response.version, ifMatch, request.version());
        if (new Recipients(consultation).field("orgUnitId", request.orgUnitId(), "orgUnitCode", request.orgUnitCode())
                .filter(named -> !named.orgUnitId.equals(answered.recipient().orgUnitId)).isPresent()) {
            throw ProblemException.invalidField("orgUnitId", "an answer stays with the org unit that gave it");
        }
        response.revision++;
        response.answer = answerOf(consultation, request);
        responses.flush();
        revisions.persist(ResponseRevision.of(response));
        revisions.flush();
        events.answerReceived(consultation, answered.recipient(), response);
        return ResponseView.of(response, answered.recipient());
    }

    private Answered visible(UUID consultationId, UUID responseId) {
        Consultation consultation = consultations.readable(consultationId);
        ConsultationResponse response = responses.findByIdOptional(responseId)
                .filter(found -> found.consultationId.equals(consultationId))
                .orElseThrow(() -> ProblemException.notFound("response to this consultation", responseId));
        Recipient recipient = recipientOf(consultation, response);
        if (!access.seesAnswerOf(recipient)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Boards see only their own answers");
        }
        return new Answered(response, recipient);
    }

    private static Recipient recipientOf(Consultation consultation, ConsultationResponse response) {
        return consultation.recipients.stream().filter(recipient -> recipient.id.equals(response.recipientId))
                .findFirst().orElseThrow();
    }

    private static void requireOpenForAnswers(Consultation consultation) {
        if (!consultation.status.acceptsResponses()) {
            throw ProblemException.conflict("The consultation takes no answers in status " + consultation.status);
        }
    }

    private Answer answerOf(Consultation consultation, ResponseRequest request) {
        List<GoalComment> comments = request.goalCommentsOrEmpty();
        if (request.position() == Position.DECLINED && !comments.isEmpty()) {
            throw ProblemException.invalidField("goalComments", "a declined consultation takes no goal comments");
        }
        for (int i = 0; i < comments.size(); i++) {
            if (!consultation.goalIds.contains(comments.get(i).goalId())) {
                throw ProblemException.unprocessableField("goalComments[" + i + "].goalId",
                        "is not one of the goals the consultation concerns");
            }
        }
        Instant now = Instant.now();
        Answer answer = Answer.of(request.position(), request.text(), comments, false);
        return consultation.lateReason(now)
                .map(reason -> admitLate(consultation, reason, answer, now))
                .orElse(answer);
    }

    /** The office's rule for this remiss decides: a late answer is let in and marked, or refused. */
    private Answer admitLate(Consultation consultation, LateReason reason, Answer answer, Instant now) {
        if (consultation.lateAnswers == LateAnswers.REFUSE) {
            throw ProblemException.conflict(switch (reason) {
                case AFTER_CLOSING -> "The consultation is closed and its rule (lateAnswers REFUSE) takes no late answers";
                case AFTER_REPLY_DATE -> "The reply date " + consultation.replyDate
                        + " has passed and the consultation's rule (lateAnswers REFUSE) takes no late answers";
            });
        }
        return answer.admittedLate(reason, now, access.callerName());
    }

    private record Answered(ConsultationResponse response, Recipient recipient) {
    }
}
