package se.malstyrning.followup.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    public List<Meeting> listByCase(UUID caseId) {
        return list("caseId", Sort.ascending("date").and("step"), caseId);
    }
}
