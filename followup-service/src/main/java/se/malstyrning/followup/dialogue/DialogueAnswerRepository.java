package se.malstyrning.followup.dialogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DialogueAnswerRepository implements PanacheRepositoryBase<DialogueAnswer, UUID> {

    public List<DialogueAnswer> listByQuestions(Collection<UUID> questionIds) {
        return questionIds.isEmpty() ? List.of() : list("questionId in ?1", Sort.ascending("createdAt"), questionIds);
    }
}
