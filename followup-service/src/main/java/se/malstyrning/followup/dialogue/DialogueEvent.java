package se.malstyrning.followup.dialogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A medborgardialog: when, how, with which target groups and how many took part, and the questions asked. */
@Entity
@Table(name = "dialogue_event")
@InChangeFeed(type = "CITIZEN_DIALOGUE", path = "/followup/v1/citizen-dialogues/")
public class DialogueEvent extends AuditedEntity {

    @Column(nullable = false, length = 300)
    public String title;

    @Column(nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DialogueForm form;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "target_groups", nullable = false)
    public List<String> targetGroups = new ArrayList<>();

    @Column(nullable = false)
    public int participants;

    @Column(name = "open_for_answers", nullable = false)
    public boolean openForAnswers;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL)
    @OrderBy("position")
    public List<DialogueQuestion> questions = new ArrayList<>();
}
