package se.malstyrning.followup.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a recipient submitted: the same in the current answer and in each of its revisions. */
@Embeddable
public class Answer {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Position position;

    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "goal_comments", nullable = false)
    public List<GoalComment> goalComments = new ArrayList<>();

    @Column(nullable = false)
    public boolean late;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_reason", length = 32)
    public LateReason lateReason;

    /** When a late answer was let in under the office's rule ACCEPT_MARKED. */
    @Column(name = "late_admitted_at")
    public Instant lateAdmittedAt;

    /** Who gave the late answer that was let in (the board's editor, or the office on its behalf). */
    @Column(name = "late_admitted_by", length = 100)
    public String lateAdmittedBy;

    static Answer of(Position position, String text, List<GoalComment> goalComments, boolean late) {
        Answer answer = new Answer();
        answer.position = position;
        answer.text = text;
        answer.goalComments = new ArrayList<>(goalComments);
        answer.late = late;
        return answer;
    }

    Answer admittedLate(LateReason reason, Instant at, String by) {
        late = true;
        lateReason = reason;
        lateAdmittedAt = at;
        lateAdmittedBy = by;
        return this;
    }

    Answer copy() {
        Answer copy = of(position, text, goalComments, late);
        copy.lateReason = lateReason;
        copy.lateAdmittedAt = lateAdmittedAt;
        copy.lateAdmittedBy = lateAdmittedBy;
        return copy;
    }
}
