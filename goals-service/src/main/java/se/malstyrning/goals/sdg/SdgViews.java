package se.malstyrning.goals.sdg;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The shapes of the Agenda 2030 views. */
public final class SdgViews {

    private SdgViews() {
    }

    @Schema(name = "SdgGoal")
    public record Goal(@Schema(example = "11") int number, @Schema(example = "Hållbara städer och samhällen") String shortTitleSv,
                       String shortTitleEn, String titleEn, List<Target> targets) {
    }

    @Schema(name = "SdgTarget")
    public record Target(@Schema(example = "11.3") String code, String titleEn) {
    }

    @Schema(name = "SdgCoverage", description = "Which SDGs and targets the adopted goals and the steering documents address")
    public record Coverage(int targetsCovered, int targetsTotal, List<GoalCoverage> goals, List<String> uncoveredTargets) {
    }

    @Schema(name = "SdgGoalCoverage")
    public record GoalCoverage(int number, String shortTitleSv, boolean covered, List<TargetCoverage> coveredTargets) {
    }

    @Schema(name = "SdgTargetCoverage")
    public record TargetCoverage(String code, List<UUID> goalIds, List<UUID> documentIds) {
    }
}
