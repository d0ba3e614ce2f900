package se.malstyrning.followup.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    static Answer of(Position position, String text, List<GoalComment> goalComments, boolean late) {
        Answer answer = new Answer();
        answer.position = position;
        answer.text = text;
        answer.goalComments = new ArrayList<>(goalComments);
        answer.late = late;
        return answer;
    }

    Answer copy() {
        return of(position, text, goalComments, late);
    }
}
