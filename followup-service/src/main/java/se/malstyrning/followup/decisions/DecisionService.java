package se.malstyrning.followup.decisions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.followup.cases.Case;
import se.malstyrning.followup.cases.CaseService;
import se.malstyrning.followup.client.AdoptionRequest;
import se.malstyrning.followup.client.AdoptionRequest.DecisionReference;
import se.malstyrning.followup.client.Goals;
import se.malstyrning.followup.consultations.ConsultationService;
import se.malstyrning.runtime.problem.ProblemException;

import se.malstyrning.followup.webhooks.FollowupEvent;
import se.malstyrning.runtime.webhooks.Webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionService {

    private final CaseService cases;
    private final ConsultationService consultations;
    private final DecisionRepository decisions;
    private final Goals goals;

    private final Webhooks webhooks;

    public DecisionService(CaseService cases, ConsultationService consultations, DecisionRepository decisions, Goals goals,
                           Webhooks webhooks) {
        this.webhooks = webhooks;
        this.cases = cases;
        this.consultations = consultations;
        this.decisions = decisions;
        this.goals = goals;
    }

    public List<DecisionView> list(UUID caseId) {
        cases.get(caseId);
        return decisions.listByCase(caseId).stream().map(DecisionView::of).map(this::asTheCallerMaySee).toList();
    }

    public DecisionView get(UUID caseId, UUID id) {
        return decisions.findByIdOptional(id).filter(decision -> decision.caseId.equals(caseId))
                .map(DecisionView::of).map(this::asTheCallerMaySee)
                .orElseThrow(() -> ProblemException.notFound("decision on this case", id));
    }

    /** Decisions are public records: without a token, without the user name of who recorded it. */
    private DecisionView asTheCallerMaySee(DecisionView decision) {
        return cases.publicOnly() ? decision.publicRecord() : decision;
    }

    /**
     * Records the decision in one transaction with its effects: the consultation it concludes becomes
     * decided, and goals-service adopts the goals last, so a failure there undoes everything here. A
     * retry after goals-service answered but this transaction failed is safe: the adoption is idempotent.
     */
    @Transactional
    public DecisionView record(UUID caseId, DecisionRequest request) {
        Case decided = cases.lock(caseId);
        if (decisions.exists(request.body(), request.date(), request.paragraph())) {
            throw ProblemException.conflictOnField("paragraph", request.body() + " " + request.date() + " "
                    + request.paragraph() + " is already recorded");
        }
        if (request.consultationId() != null) {
            consultations.decide(caseId, request.consultationId());
        }
        Decision decision = new Decision();
        decision.caseId = caseId;
        decision.body = request.body();
        decision.date = request.date();
        decision.paragraph = request.paragraph();
        decision.text = request.text();
        decision.sentTo = new ArrayList<>(request.sentToOrEmpty());
        decision.consultationId = request.consultationId();
        decisions.persistAndFlush(decision);
        if (!request.adoptedGoalIdsOrEmpty().isEmpty()) {
            DecisionReference reference = new DecisionReference(decision.body, decision.date, decision.paragraph,
                    decided.registrationNumber().toString(), caseId, decision.id);
            decision.adoptedGoalIds = new ArrayList<>(
                    goals.adopt(new AdoptionRequest(request.adoptedGoalIdsOrEmpty(), reference)).adopted());
            decisions.flush();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("decisionId", decision.id.toString());
        data.put("caseId", caseId.toString());
        data.put("registrationNumber", decided.registrationNumber().toString());
        data.put("body", decision.body);
        data.put("date", decision.date.toString());
        data.put("paragraph", decision.paragraph);
        data.put("adoptedGoalIds", decision.adoptedGoalIds.stream().map(UUID::toString).toList());
        webhooks.publish(FollowupEvent.DECISION_RECORDED.type, "/followup/v1/cases/" + caseId + "/decisions/" + decision.id,
                decision.body, null, data);
        return DecisionView.of(decision);
    }
}
