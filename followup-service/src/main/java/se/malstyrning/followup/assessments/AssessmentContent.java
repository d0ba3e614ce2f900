package se.malstyrning.followup.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What an assessment says at one moment: the same in the assessment and in each of its revisions. */
@Embeddable
public class AssessmentContent {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public AssessmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Judgement judgement;

    @Column(nullable = false)
    public String analysis;

    @Column(name = "target_group_effects")
    public String targetGroupEffects;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "activity_ids", nullable = false)
    public List<UUID> activityIds = new ArrayList<>();

    /** indicators-service's computed fulfilment as it answered at submission, so the report can be reproduced. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fulfilment_snapshot", nullable = false)
    public Map<String, Object> fulfilmentSnapshot = new LinkedHashMap<>();

    @Column(name = "review_comment")
    public String reviewComment;

    AssessmentContent copy() {
        AssessmentContent copy = new AssessmentContent();
        copy.status = status;
        copy.judgement = judgement;
        copy.analysis = analysis;
        copy.targetGroupEffects = targetGroupEffects;
        copy.activityIds = new ArrayList<>(activityIds);
        copy.fulfilmentSnapshot = new LinkedHashMap<>(fulfilmentSnapshot);
        copy.reviewComment = reviewComment;
        return copy;
    }
}
