package se.malstyrning.goals.vision;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The municipality's vision and core values (värdegrund), valid for a time. */
@Entity
@Table(name = "vision")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@InChangeFeed(type = "VISION", path = "/goals/v1/visions/")
public class Vision extends AuditedEntity implements OpenData {

    @Column(nullable = false, length = 1000)
    public String text;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "core_values", nullable = false)
    public List<String> coreValues = new ArrayList<>();

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public GoalStatus status;

    @Embedded
    public Decision decision = new Decision();

    /** The adopted vision this draft would replace when adopted. */
    @Column(name = "predecessor_id")
    public UUID predecessorId;

    /** The version that replaced this one. */
    @Column(name = "successor_id")
    public UUID successorId;

    public boolean validIn(int year) {
        return validFrom.getYear() <= year && (validTo == null || validTo.getYear() >= year);
    }

    @Override
    public boolean isOpenData() {
        return status != null && GoalStatus.PUBLIC.contains(status);
    }
}
