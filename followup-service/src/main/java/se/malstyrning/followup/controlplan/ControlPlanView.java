package se.malstyrning.followup.controlplan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ControlPlan")
public record ControlPlanView(UUID id, int year, int minRiskValue, List<ControlView> controls, long version) {

    static ControlPlanView of(ControlPlan plan) {
        return new ControlPlanView(plan.id, plan.year, plan.minRiskValue,
                plan.controls.stream().map(ControlView::of).toList(), plan.version);
    }
}
