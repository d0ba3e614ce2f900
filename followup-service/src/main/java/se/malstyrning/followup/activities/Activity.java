package se.malstyrning.followup.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An aktivitet an org unit runs, alone or with others, towards goals and for target groups. */
@Entity
@Table(name = "activity")
@InChangeFeed(type = "ACTIVITY", path = "/followup/v1/activities/")
public class Activity extends AuditedEntity {

    @Column(nullable = false, length = 300)
    public String title;

    public String description;

    @Column(name = "owner_org_unit_id", nullable = false)
    public UUID ownerOrgUnitId;

    @Column(name = "owner_org_unit_code", nullable = false, length = 32)
    public String ownerOrgUnitCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_units", nullable = false)
    public List<CooperatingUnit> cooperatingUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_ids", nullable = false)
    public List<UUID> goalIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_groups", nullable = false)
    public List<String> targetGroups = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ActivityStatus status;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;
}
