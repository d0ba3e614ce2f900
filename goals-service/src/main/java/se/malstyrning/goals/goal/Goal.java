package se.malstyrning.goals.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import se.malstyrning.goals.decision.Decision;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.changes.OpenData;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A goal on any level: a council goal in a goal area, a board or company goal contributing to
 * council goals, a sub-goal for a budget year under a board goal, or an internal prerequisite goal.
 */
@Entity
@Table(name = "goal")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@InChangeFeed(type = "GOAL", path = "/goals/v1/goals/")
public class Goal extends AuditedEntity implements OpenData {

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false, length = 500)
    public String title;

    /** The clarification of meaning (innebörd). */
    public String meaning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public GoalLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "internal_category", length = 16)
    public InternalCategory internalCategory;

    @Column(name = "mandate_period_id", nullable = false)
    public UUID mandatePeriodId;

    @Column(name = "budget_year")
    public Integer budgetYear;

    @Column(name = "goal_area_id")
    public UUID goalAreaId;

    @Column(name = "parent_goal_id")
    public UUID parentGoalId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contributes_to", nullable = false)
    public List<UUID> contributesTo = new ArrayList<>();

    @Column(name = "owner_org_unit_id", nullable = false)
    public UUID ownerOrgUnitId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_groups", nullable = false)
    public List<String> targetGroups = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_areas", nullable = false)
    public List<String> focusAreas = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Horizon horizon;

    /** The ambition level for the mandate period, in words. */
    public String ambition;

    /** The direction toward 2030, in words. */
    @Column(name = "direction_2030")
    public String direction2030;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sdg_targets", nullable = false)
    public List<String> sdgTargets = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public GoalStatus status;

    @Embedded
    public Decision decision = new Decision();

    @Column(name = "predecessor_id")
    public UUID predecessorId;

    @Column(name = "successor_id")
    public UUID successorId;

    @Column(name = "carried_over_from_id")
    public UUID carriedOverFromId;

    @Override
    public boolean isOpenData() {
        return status != null && GoalStatus.PUBLIC.contains(status);
    }
}
