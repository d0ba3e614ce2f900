package se.malstyrning.followup.cycles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.LocalDate;
import java.util.UUID;

/** An uppföljning the office runs: the boards assess their goals for it by the deadline. */
@Entity
@Table(name = "follow_up_cycle")
@InChangeFeed(type = "FOLLOW_UP_CYCLE", path = "/followup/v1/follow-up-cycles/")
public class FollowUpCycle extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CycleKind kind;

    @Column(nullable = false)
    public int year;

    @Column(name = "mandate_period_id")
    public UUID mandatePeriodId;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false)
    public LocalDate deadline;
}
