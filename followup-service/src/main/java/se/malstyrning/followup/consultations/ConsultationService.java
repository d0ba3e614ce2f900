package se.malstyrning.followup.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.followup.client.OrgUnitRef;
import se.malstyrning.followup.references.References;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ConsultationService {

    private final ConsultationRepository consultations;
    private final ResponseRepository responses;
    private final References references;
    private final ConsultationAccess access;
    private final ConsultationEvents events;

    public ConsultationService(ConsultationRepository consultations, ResponseRepository responses,
                               References references, ConsultationAccess access, ConsultationEvents events) {
        this.events = events;
        this.consultations = consultations;
        this.responses = responses;
        this.references = references;
        this.access = access;
    }

    public Page<ConsultationView> list(Optional<ConsultationStatus> status, int limit, int offset) {
        return consultations.page(status, access.visibleRecipients(), access.seesDrafts(), limit, offset)
                .map(ConsultationView::of);
    }

    public ConsultationView get(UUID id) {
        return ConsultationView.of(readable(id));
    }

    @Transactional
    public ConsultationView create(ConsultationRequest request) {
        Consultation consultation = new Consultation();
        apply(consultation, request);
        consultations.persistAndFlush(consultation);
        return ConsultationView.of(consultation);
    }

    @Transactional
    public ConsultationView update(UUID id, String ifMatch, ConsultationRequest request) {
        Consultation consultation = find(id);
        Versions.requireCurrent(consultation.version, ifMatch, request.version());
        if (!consultation.status.isDraft()) {
            throw ProblemException.conflict("A consultation can be changed only while it is a draft; it is "
                    + consultation.status);
        }
        apply(consultation, request);
        consultations.flush();
        return ConsultationView.of(consultation);
    }

    @Transactional
    public ConsultationView send(UUID id) {
        Consultation consultation = find(id);
        if (consultation.recipients.isEmpty()) {
            throw ProblemException.unprocessableField("recipientOrgUnitIds", "name at least one recipient before sending");
        }
        if (consultation.replyDate == null) {
            throw ProblemException.unprocessableField("replyDate", "set a reply date before sending");
        }
        if (consultation.isPastReplyDate(today())) {
            throw ProblemException.unprocessableField("replyDate", "is in the past; set a later reply date before sending");
        }
        consultation.status = consultation.status.send();
        consultation.sentAt = Instant.now();
        events.sent(consultation);
        return flushed(consultation);
    }

    @Transactional
    public ConsultationView close(UUID id) {
        Consultation consultation = find(id);
        consultation.status = consultation.status.close();
        return flushed(consultation);
    }

    @Transactional
    public ConsultationView compile(UUID id) {
        Consultation consultation = find(id);
        consultation.status = consultation.status.compile();
        events.compiled(consultation);
        return flushed(consultation);
    }

    /** Concludes a compiled consultation of the case with a decision; 409 unless it is compiled. */
    @Transactional
    public void decide(UUID caseId, UUID id) {
        Consultation consultation = consultations.findByIdOptional(id).orElseThrow(() ->
                ProblemException.unprocessableField("consultationId", "no consultation with id " + id));
        if (consultation.caseId != null && !consultation.caseId.equals(caseId)) {
            throw ProblemException.unprocessableField("consultationId", "belongs to another case");
        }
        consultation.status = consultation.status.decide();
    }

    /** The recipients that have not answered although the reply date has passed. */
    public List<RecipientView> overdueRecipients(UUID id) {
        Consultation consultation = readable(id);
        if (!consultation.status.acceptsResponses() || !consultation.isPastReplyDate(today())) {
            return List.of();
        }
        Set<UUID> answered = responses.listByConsultation(id).stream()
                .map(response -> response.recipientId).collect(Collectors.toSet());
        return consultation.recipients.stream()
                .filter(recipient -> !answered.contains(recipient.id))
                .map(RecipientView::of)
                .toList();
    }

    Consultation readable(UUID id) {
        Consultation consultation = find(id);
        access.requireReadable(consultation);
        return consultation;
    }

    Consultation find(UUID id) {
        return consultations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("consultation", id));
    }

    static LocalDate today() {
        return LocalDate.now(Consultation.MUNICIPALITY_ZONE);
    }

    private ConsultationView flushed(Consultation consultation) {
        consultations.flush();
        return ConsultationView.of(consultation);
    }

    private void apply(Consultation consultation, ConsultationRequest request) {
        if (request.replyDate() != null && request.replyDate().isBefore(today())) {
            throw ProblemException.invalidField("replyDate", "must not be in the past");
        }
        references.requireCase(request.caseId());
        references.requireGoals(request.goalIdsOrEmpty());
        List<OrgUnitRef> recipients = references.orgUnits("recipientOrgUnitIds", request.recipientOrgUnitIds(),
                "recipientOrgUnitCodes", request.recipientOrgUnitCodes());
        consultation.caseId = request.caseId();
        consultation.subject = request.subject();
        consultation.description = request.description();
        consultation.goalIds = new ArrayList<>(request.goalIdsOrEmpty());
        consultation.attachments = new ArrayList<>(request.attachmentsOrEmpty());
        consultation.replyDate = request.replyDate();
        if (request.lateAnswers() != null) {
            consultation.lateAnswers = request.lateAnswers();
        }
        replaceRecipients(consultation, recipients);
    }

    /** Keeps recipients named again (so no unique key is briefly doubled), drops the others, adds the new ones. */
    private static void replaceRecipients(Consultation consultation, List<OrgUnitRef> units) {
        Set<UUID> wanted = units.stream().map(OrgUnitRef::id).collect(Collectors.toSet());
        consultation.recipients.removeIf(recipient -> !wanted.contains(recipient.orgUnitId));
        for (OrgUnitRef unit : units) {
            Recipient recipient = consultation.recipient(unit.id()).orElseGet(() -> {
                Recipient added = new Recipient();
                added.consultation = consultation;
                added.orgUnitId = unit.id();
                consultation.recipients.add(added);
                return added;
            });
            recipient.orgUnitCode = unit.code();
            recipient.orgUnitName = unit.name();
        }
    }
}
