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
import se.malstyrning.followup.consultations.ResponseService;
import se.malstyrning.runtime.problem.DependencyUnavailableException;
import se.malstyrning.runtime.security.Roles;

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
    private final CurrentIdentityAssociation identity;

    public DemoConsultation(Goals goals, CaseRepository cases, ConsultationRepository consultationRepository,
                            ConsultationService consultations, ResponseService responses,
                            CurrentIdentityAssociation identity) {
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
                List.of(), List.of(), LocalDate.now(Consultation.MUNICIPALITY_ZONE), recipients.get().stream().map(OrgUnitRef::id).toList(), null)).id();
        consultations.send(id);
        for (OrgUnitRef unit : recipients.get()) {
            Position position = ANSWERS.get(unit.code());
            if (position != null) {
                responses.answer(id, new ResponseRequest(unit.id(), position,
                        unit.name() + " har behandlat remissen. (Demodata.)", List.of(), null));
            }
        }
        QuarkusTransaction.requiringNew().run(() ->
                consultationRepository.update("replyDate = ?1 where id = ?2", REPLY_DATE, id));
        return true;
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
