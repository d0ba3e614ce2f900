package se.malstyrning.indicators.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.Instant;
import java.util.UUID;

/** An earlier state of a target, written by the database on every change and deletion. */
@Entity
@Immutable
@Table(name = "target_revision")
public class TargetRevision extends AuditedEntity {

    @Column(name = "target_id", nullable = false)
    public UUID targetId;

    @Column(name = "target_version", nullable = false)
    public long targetVersion;

    @Column(name = "baseline_value", nullable = false)
    public double baselineValue;

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    @Column(name = "desired_value", nullable = false)
    public double desiredValue;

    @Column(name = "desired_year", nullable = false)
    public int desiredYear;

    @Column(name = "accepted_value", nullable = false)
    public double acceptedValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction_2030", nullable = false)
    public Direction direction2030;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
