package se.malstyrning.indicators.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.runtime.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Links of the catalogue: Agenda 2030 targets, and goals that are checked to exist at goals-service. */
@ApplicationScoped
public class IndicatorLinkService {

    private final IndicatorRepository indicators;
    private final IndicatorLinkRepository links;
    private final Goals goals;

    public IndicatorLinkService(IndicatorRepository indicators, IndicatorLinkRepository links, Goals goals) {
        this.indicators = indicators;
        this.links = links;
        this.goals = goals;
    }

    @Transactional
    public IndicatorLinksView links(UUID indicatorId) {
        return view(find(indicatorId).id);
    }

    @Transactional
    public IndicatorLinksView replaceSdgTargets(UUID indicatorId, SdgTargetsRequest request) {
        Indicator indicator = find(indicatorId);
        links.replaceSdgTargets(indicator, request.sdgTargets().stream().distinct().toList());
        return view(indicator.id);
    }

    /** Links a goal; linking it again changes nothing. */
    @Transactional
    public IndicatorLinksView linkGoal(UUID indicatorId, UUID goalId) {
        Indicator indicator = find(indicatorId);
        if (goals.goal(goalId).isEmpty()) {
            throw ProblemException.unprocessableField("goalId", "no goal with this id at goals-service");
        }
        if (!links.isLinked(indicator.id, goalId)) {
            links.link(indicator, goalId);
        }
        return view(indicator.id);
    }

    @Transactional
    public void unlinkGoal(UUID indicatorId, UUID goalId) {
        find(indicatorId);
        if (!links.unlink(indicatorId, goalId)) {
            throw ProblemException.notFound("link to goal", goalId);
        }
    }

    private Indicator find(UUID id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("indicator", id));
    }

    private IndicatorLinksView view(UUID indicatorId) {
        List<IndicatorGoal> goalLinks = links.goalLinks(indicatorId);
        return new IndicatorLinksView(indicatorId, links.sdgTargets(indicatorId), goalLinks.stream().map(link -> link.goalId).toList(),
                goalLinks.stream().map(link -> new IndicatorLinksView.GoalLink(link.goalId, link.carriedOverFromGoalId)).toList());
    }
}
