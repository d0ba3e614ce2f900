package se.malstyrning.followup.dialogue;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class DialogueRepository implements PanacheRepositoryBase<DialogueEvent, UUID> {

    public Page<DialogueEvent> page(int limit, int offset) {
        return Page.of(findAll(Sort.descending("date")), limit, offset);
    }

    public boolean exists(String title, LocalDate date) {
        return count("title = ?1 and date = ?2", title, date) > 0;
    }
}
