package se.malstyrning.goals.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.malstyrning.runtime.orgunits.OrgUnitKey;

import java.util.List;
import java.util.UUID;

@Schema(name = "GoalRequest", description = "A goal to create, or the new wording of a draft or proposed goal")
public record GoalRequest(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9ÅÄÖåäö._-]+", message = "letters, digits, '.', '-' and '_' only")
        @Schema(example = "KF1") String code,
        @NotBlank @Size(max = 500)
        @Schema(example = "Vaggeryds kommun ska vara en plats med hållbar samhällsutveckling och tillväxt i hela kommunen")
        String title,
        @Size(max = 20000) @Schema(description = "The clarification of meaning (innebörd)") String meaning,
        @NotNull GoalLevel level,
        @Schema(description = "For internal goals: economy, HR policy or own environmental work") InternalCategory internalCategory,
        @NotNull UUID mandatePeriodId,
        @Min(1900) @Max(2999) @Schema(description = "For sub-goals: the budget year, inside the mandate period", example = "2020")
        Integer budgetYear,
        @Schema(description = "For council goals: the goal area") UUID goalAreaId,
        @Schema(description = "For sub-goals: the board goal it belongs to") UUID parentGoalId,
        @Size(max = 50) @Schema(description = "For board and company goals: the council goals it contributes to") List<@NotNull UUID> contributesTo,
        UUID ownerOrgUnitId,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> targetGroups,
        @Size(max = 50) @Schema(description = "Cross-sectoral focus areas") List<@NotBlank @Size(max = 200) String> focusAreas,
        @NotNull Horizon horizon,
        @Size(max = 20000) @Schema(description = "Ambition level for the mandate period, in words") String ambition,
        @Size(max = 20000) @Schema(description = "Direction toward 2030, in words") String direction2030,
        @Schema(description = "Agenda 2030 targets, e.g. 11.3", example = "[\"11.3\", \"8.5\"]")
        @Size(max = 169) List<@NotBlank @Size(max = 8) String> sdgTargets,
        @Size(max = OrgUnitKey.CODE_MAX_LENGTH) @Pattern(regexp = OrgUnitKey.CODE_PATTERN, message = "must be an org unit's code")
        @Schema(description = "The org unit that owns the goal, by its code (instead of ownerOrgUnitId; both must name the same)",
                example = "BUN") String ownerOrgUnitCode) {

    /** A request naming its owner by id only (as the demo data writes it). */
    public GoalRequest(String code, String title, String meaning, GoalLevel level, InternalCategory internalCategory,
                       UUID mandatePeriodId, Integer budgetYear, UUID goalAreaId, UUID parentGoalId, List<UUID> contributesTo,
                       UUID ownerOrgUnitId, List<String> targetGroups, List<String> focusAreas, Horizon horizon, String ambition,
                       String direction2030, List<String> sdgTargets) {
        this(code, title, meaning, level, internalCategory, mandatePeriodId, budgetYear, goalAreaId, parentGoalId, contributesTo,
                ownerOrgUnitId, targetGroups, focusAreas, horizon, ambition, direction2030, sdgTargets, null);
    }

    /** The same request with its owner named by the id it was resolved to. */
    GoalRequest withOwner(UUID owner) {
        return new GoalRequest(code, title, meaning, level, internalCategory, mandatePeriodId, budgetYear, goalAreaId, parentGoalId,
                contributesTo, owner, targetGroups, focusAreas, horizon, ambition, direction2030, sdgTargets, null);
    }

    List<UUID> contributions() {
        return contributesTo == null ? List.of() : contributesTo;
    }

    List<String> sdgTargetCodes() {
        return sdgTargets == null ? List.of() : sdgTargets;
    }
}
