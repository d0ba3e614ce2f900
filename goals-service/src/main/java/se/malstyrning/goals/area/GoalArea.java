package se.malstyrning.goals.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.changes.OpenData;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.ArrayList;
import java.util.List;

/** A goal area (målområde) with its political keywords and guiding questions. */
@Entity
@Table(name = "goal_area")
@Audited
@AuditOverride(forClass = AuditedEntity.class)
@InChangeFeed(type = "GOAL_AREA", path = "/goals/v1/goal-areas/")
public class GoalArea extends AuditedEntity implements OpenData {

    @Column(nullable = false)
    public int number;

    @Column(nullable = false, length = 200)
    public String name;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> keywords = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "guiding_questions", nullable = false)
    public List<String> guidingQuestions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public GoalStatus status;

    @Override
    public boolean isOpenData() {
        return status != null && GoalStatus.PUBLIC.contains(status);
    }
}
