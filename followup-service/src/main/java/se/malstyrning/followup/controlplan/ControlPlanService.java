package se.malstyrning.followup.controlplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.followup.risks.Risk;
import se.malstyrning.followup.risks.RiskRepository;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.UUID;

@ApplicationScoped
public class ControlPlanService {

    private final ControlPlanRepository plans;
    private final RiskRepository risks;
    private final Caller caller;

    public ControlPlanService(ControlPlanRepository plans, RiskRepository risks, Caller caller) {
        this.plans = plans;
        this.risks = risks;
        this.caller = caller;
    }

    public Page<ControlPlanView> list(int limit, int offset) {
        return plans.page(limit, offset).map(ControlPlanView::of);
    }

    public ControlPlanView get(UUID id) {
        return ControlPlanView.of(find(id));
    }

    /** One plan a year, with a control for each of the year's largest risks, largest first. */
    @Transactional
    public ControlPlanView build(ControlPlanRequest request) {
        if (plans.existsForYear(request.year())) {
            throw ProblemException.conflictOnField("year", "the internal control plan for " + request.year() + " exists");
        }
        ControlPlan plan = new ControlPlan();
        plan.year = request.year();
        plan.minRiskValue = request.minRiskValue();
        for (Risk risk : risks.largest(request.year(), request.minRiskValue())) {
            Control control = new Control();
            control.plan = plan;
            control.risk = risk;
            plan.controls.add(control);
        }
        plans.persistAndFlush(plan);
        return ControlPlanView.of(plan);
    }

    /** The office, or a board editor for a risk of its own org unit, describes the control and follows it up. */
    @Transactional
    public ControlView updateControl(UUID planId, UUID controlId, String ifMatch, ControlRequest request) {
        Control control = find(planId).controls.stream().filter(candidate -> candidate.id.equals(controlId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("control in this plan", controlId));
        caller.requireActsFor(control.risk.orgUnitCode, "follow up the control");
        Versions.requireCurrent(control.version, ifMatch, request.version());
        control.what = request.what();
        control.method = request.method();
        control.responsibleRole = request.responsibleRole();
        control.timing = request.timing();
        control.followUpStatus = request.followUpStatus();
        control.followUpNote = request.followUpNote();
        plans.flush();
        return ControlView.of(control);
    }

    private ControlPlan find(UUID id) {
        return plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("internal control plan", id));
    }
}
