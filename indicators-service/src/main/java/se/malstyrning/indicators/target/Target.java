package se.malstyrning.indicators.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.malstyrning.indicators.catalogue.Indicator;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** The desired and accepted values of one indicator for one goal and area, from a baseline (nuläge). */
@Entity
@Table(name = "target")
@InChangeFeed(type = "TARGET", path = "/indicators/v1/targets/")
public class Target extends AuditedEntity {

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    /** Who may change the target: the goal's owner at goals-service when it was last written. */
    @Column(name = "goal_owner_org_unit_code", nullable = false, length = 32)
    public String goalOwnerOrgUnitCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Column(nullable = false, length = 32)
    public String area;

    @Embedded
    public TargetLevels levels;

    /** The target of the goal's earlier version (or earlier period) this one was carried over from. */
    @Column(name = "carried_over_from_target_id")
    public UUID carriedOverFromTargetId;

    /** A copy for another goal, naming this one as its origin; its values can be changed like any target's. */
    public Target carriedOverTo(UUID goalId, String goalOwnerOrgUnitCode) {
        Target copy = new Target();
        copy.goalId = goalId;
        copy.goalOwnerOrgUnitCode = goalOwnerOrgUnitCode;
        copy.indicator = indicator;
        copy.area = area;
        copy.levels = levels.copy();
        copy.carriedOverFromTargetId = id;
        return copy;
    }

    /** Whether the latest observation reached the desired value when the target was last assessed (after an import); null before. */
    @Column
    public Boolean achieved;
}
