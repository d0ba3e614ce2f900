package se.malstyrning.indicators.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.malstyrning.indicators.client.Goals;
import se.malstyrning.runtime.problem.DependencyUnavailableException;

/**
 * What a person reads for an area code: a municipality's, region's or the country's title (Vaggeryd),
 * an org unit's name as goals-service has it, or the code itself where neither is known or
 * goals-service cannot answer (a label is no reason to fail a chart).
 */
@ApplicationScoped
public class AreaNames {

    private final MunicipalityRepository municipalities;
    private final Goals goals;

    public AreaNames(MunicipalityRepository municipalities, Goals goals) {
        this.municipalities = municipalities;
        this.goals = goals;
    }

    @Transactional
    public String of(String area) {
        return municipalities.title(area).orElseGet(() -> orgUnitName(area));
    }

    private String orgUnitName(String code) {
        try {
            return goals.orgUnitNames().getOrDefault(code, code);
        } catch (DependencyUnavailableException e) {
            return code;
        }
    }
}
