package se.malstyrning.followup.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import se.malstyrning.runtime.persistence.AuditedEntity;

import java.util.UUID;

/** A citizen's answer to one question: the text and, if given, a target group; nothing that names a person. */
@Entity
@Table(name = "dialogue_answer")
public class DialogueAnswer extends AuditedEntity {

    @Column(name = "question_id", nullable = false)
    public UUID questionId;

    @Column(name = "target_group", length = 100)
    public String targetGroup;

    @Column(nullable = false)
    public String text;
}
