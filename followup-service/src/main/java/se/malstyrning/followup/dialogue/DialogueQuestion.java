package se.malstyrning.followup.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** A question of the dialogue, asked within one goal area. */
@Entity
@Table(name = "dialogue_question")
public class DialogueQuestion extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    public DialogueEvent event;

    @Column(nullable = false)
    public int position;

    @Column(name = "goal_area_id")
    public UUID goalAreaId;

    @Column(name = "goal_area_name", nullable = false, length = 300)
    public String goalAreaName;

    @Column(nullable = false)
    public String text;
}
