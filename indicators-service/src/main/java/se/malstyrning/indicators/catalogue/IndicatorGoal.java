package se.malstyrning.indicators.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** A goal at goals-service that an indicator measures. */
@Entity
@Table(name = "indicator_goal")
public class IndicatorGoal extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    /** The goal (an earlier version, or the goal of an earlier period) whose link this one was carried over from. */
    @Column(name = "carried_over_from_goal_id")
    public UUID carriedOverFromGoalId;
}
