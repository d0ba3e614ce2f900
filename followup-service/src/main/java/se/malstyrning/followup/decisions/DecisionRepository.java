package se.malstyrning.followup.decisions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> listByCase(UUID caseId) {
        return list("caseId", Sort.ascending("date").and("paragraph"), caseId);
    }

    public boolean exists(String body, LocalDate date, String paragraph) {
        return count("body = ?1 and date = ?2 and paragraph = ?3", body, date, paragraph) > 0;
    }
}
