package se.malstyrning.indicators.fulfilment;

import java.util.List;

/** How the fulfilment of a goal follows from the fulfilment of its targets. */
public final class GoalRule {

    public static final String RULE = "Targets without data are shown but not counted. The goal is ACHIEVED when every target "
            + "with data is achieved, NOT_ACHIEVED when no target with data is achieved or partly achieved, NO_DATA when no "
            + "target has data, and PARTLY_ACHIEVED otherwise.";

    private GoalRule() {
    }

    public static FulfilmentStatus aggregate(List<FulfilmentStatus> targets) {
        List<FulfilmentStatus> withData = targets.stream().filter(status -> status != FulfilmentStatus.NO_DATA).toList();
        if (withData.isEmpty()) {
            return FulfilmentStatus.NO_DATA;
        }
        if (withData.stream().allMatch(status -> status == FulfilmentStatus.ACHIEVED)) {
            return FulfilmentStatus.ACHIEVED;
        }
        if (withData.stream().allMatch(status -> status == FulfilmentStatus.NOT_ACHIEVED)) {
            return FulfilmentStatus.NOT_ACHIEVED;
        }
        return FulfilmentStatus.PARTLY_ACHIEVED;
    }
}
