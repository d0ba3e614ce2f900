package se.malstyrning.followup.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import se.malstyrning.followup.cases.CaseRepository;
import se.malstyrning.followup.cases.RegistrationNumber;
import se.malstyrning.followup.client.Goals;
import se.malstyrning.followup.client.OrgUnitRef;
import se.malstyrning.followup.consultations.Consultation;
import se.malstyrning.followup.consultations.ConsultationRepository;
import se.malstyrning.followup.consultations.ConsultationRequest;
import se.malstyrning.followup.consultations.ConsultationService;
import se.malstyrning.followup.consultations.Position;
import se.malstyrning.followup.consultations.ResponseRequest;
import se.malstyrning.followup.consultations.ResponseRepository;
import se.malstyrning.followup.consultations.ResponseService;
import se.malstyrning.followup.consultations.RevisionRepository;
import se.malstyrning.runtime.problem.DependencyUnavailableException;
import se.malstyrning.runtime.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The remiss of KS 2019/160: the definition of goal fulfilment sent to every board and company,
 * four of them answered. It goes through the same services as any consultation, as the office,
 * and then gets the story's reply date; the recipients come from goals-service by code, so it
 * loads only once goals-service has its org units.
 */
@ApplicationScoped
public class DemoConsultation {

    static final String SUBJECT = "Remiss: definition av måluppfyllelse med ambitionsnivå för mandatperioden (demo)";
    private static final LocalDate REPLY_DATE = LocalDate.of(2020, 1, 31);
    private static final List<String> RECIPIENTS = List.of("BUN", "SN", "MBN", "KFN", "TN", "VEAB", "VBAB");
    /** Sent after the AU of KS 2019/160 gave the office the task; each answer is dated before the reply date. */
    private static final LocalDate SENT_ON = LocalDate.of(2019, 11, 15);
    private static final Map<String, LocalDate> ANSWERED_ON = Map.of(
            "BUN", LocalDate.of(2020, 1, 21),
            "SN", LocalDate.of(2020, 1, 28),
            "KFN", LocalDate.of(2020, 1, 22),
            "VEAB", LocalDate.of(2020, 1, 30));
    private static final Map<String, Position> ANSWERS = Map.of(
            "BUN", Position.SUPPORTS,
            "SN", Position.SUPPORTS_WITH_CHANGES,
            "KFN", Position.SUPPORTS,
            "VEAB", Position.NO_OPINION);

    private final Goals goals;
    private final CaseRepository cases;
    private final ConsultationRepository consultationRepository;
    private final ConsultationService consultations;
    private final ResponseService responses;
    private final ResponseRepository responseRepository;
    private final RevisionRepository revisionRepository;
    private final CurrentIdentityAssociation identity;

    public DemoConsultation(Goals goals, CaseRepository cases, ConsultationRepository consultationRepository,
                            ConsultationService consultations, ResponseService responses,
                            ResponseRepository responseRepository, RevisionRepository revisionRepository,
                            CurrentIdentityAssociation identity) {
        this.responseRepository = responseRepository;
        this.revisionRepository = revisionRepository;
        this.goals = goals;
        this.cases = cases;
        this.consultationRepository = consultationRepository;
        this.consultations = consultations;
        this.responses = responses;
        this.identity = identity;
    }

    /** True when the consultation is there (loaded now or before); false when goals-service cannot name the recipients yet. */
    @ActivateRequestContext
    public boolean load() {
        if (consultationRepository.existsWithSubject(SUBJECT)) {
            return true;
        }
        Optional<List<OrgUnitRef>> recipients = recipients();
        if (recipients.isEmpty()) {
            return false;
        }
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("demo-data"))
                .addRole(Roles.STRATEGIST).build());
        UUID caseId = cases.byNumber(RegistrationNumber.parse("KS 2019/160").orElseThrow()).orElseThrow().id;
        UUID id = consultations.create(new ConsultationRequest(caseId, SUBJECT,
                "Definitionen av måluppfyllelse med ambitionsnivå för mandatperioden och inriktning mot 2030,"
                        + " inför godkännande av det strategiska utvecklings- och hållbarhetsprogrammet.",
                List.of(), List.of(), LocalDate.now(Consultation.MUNICIPALITY_ZONE), recipients.get().stream().map(OrgUnitRef::id).toList(), null, null)).id();
        consultations.send(id);
        List<Dated> answered = new ArrayList<>();
        for (OrgUnitRef unit : recipients.get()) {
            Position position = ANSWERS.get(unit.code());
            if (position != null) {
                UUID responseId = responses.answer(id, new ResponseRequest(unit.id(), position,
                        unit.name() + " har behandlat remissen. (Demodata.)", List.of(), null)).id();
                answered.add(new Dated(responseId, atNoon(ANSWERED_ON.get(unit.code()))));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Instant sent = atNoon(SENT_ON);
            consultationRepository.update("replyDate = ?1, sentAt = ?2, createdAt = ?2, updatedAt = ?2 where id = ?3",
                    REPLY_DATE, sent, id);
            for (Dated dated : answered) {
                responseRepository.update("createdAt = ?1, updatedAt = ?1 where id = ?2", dated.at(), dated.responseId());
                revisionRepository.update("createdAt = ?1, updatedAt = ?1 where responseId = ?2", dated.at(), dated.responseId());
            }
        });
        return true;
    }

    private static Instant atNoon(LocalDate day) {
        return day.atTime(12, 0).atZone(Consultation.MUNICIPALITY_ZONE).toInstant();
    }

    private record Dated(UUID responseId, Instant at) {
    }

    private Optional<List<OrgUnitRef>> recipients() {
        List<OrgUnitRef> units = new ArrayList<>();
        try {
            for (String code : RECIPIENTS) {
                Optional<OrgUnitRef> unit = goals.orgUnitWithCode(code);
                if (unit.isEmpty()) {
                    return Optional.empty();
                }
                units.add(unit.get());
            }
        } catch (DependencyUnavailableException e) {
            return Optional.empty();
        }
        return Optional.of(units);
    }
}
