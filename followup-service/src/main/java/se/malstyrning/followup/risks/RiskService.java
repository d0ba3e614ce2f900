package se.malstyrning.followup.risks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.followup.client.OrgUnitRef;
import se.malstyrning.followup.references.References;
import se.malstyrning.runtime.concurrency.Versions;
import se.malstyrning.runtime.paging.Page;
import se.malstyrning.runtime.problem.ProblemException;
import se.malstyrning.runtime.security.Caller;

import java.util.ArrayList;
import java.util.UUID;

@ApplicationScoped
public class RiskService {

    private final RiskRepository risks;
    private final References references;
    private final Caller caller;

    public RiskService(RiskRepository risks, References references, Caller caller) {
        this.risks = risks;
        this.references = references;
        this.caller = caller;
    }

    public Page<RiskView> list(int year, int limit, int offset) {
        return risks.page(year, limit, offset).map(RiskView::of);
    }

    public RiskView get(UUID id) {
        return RiskView.of(find(id));
    }

    public RiskMatrixView matrix(int year) {
        return RiskMatrixView.of(year, risks.ofYear(year));
    }

    @Transactional
    public RiskView create(RiskRequest request) {
        Risk risk = new Risk();
        apply(risk, request);
        risks.persistAndFlush(risk);
        return RiskView.of(risk);
    }

    @Transactional
    public RiskView update(UUID id, String ifMatch, RiskRequest request) {
        Risk risk = find(id);
        Versions.requireCurrent(risk.version, ifMatch, request.version());
        caller.requireActsFor(risk.orgUnitCode, "change the risk");
        apply(risk, request);
        risks.flush();
        return RiskView.of(risk);
    }

    private Risk find(UUID id) {
        return risks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("risk", id));
    }

    private void apply(Risk risk, RiskRequest request) {
        OrgUnitRef unit = references.orgUnit("orgUnitId", request.orgUnitId(), "orgUnitCode", request.orgUnitCode());
        caller.requireActsFor(unit.code(), "record risks for the org unit");
        references.requireGoals(request.goalIdsOrEmpty());
        risk.orgUnitId = unit.id();
        risk.orgUnitCode = unit.code();
        risk.year = request.year();
        risk.title = request.title();
        risk.description = request.description();
        risk.category = request.category();
        risk.goalIds = new ArrayList<>(request.goalIdsOrEmpty());
        risk.assess(new RiskScore(request.probability(), request.consequence()));
    }

}
