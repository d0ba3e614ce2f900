package se.malstyrning.followup.consultations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepositoryBase<Consultation, UUID> {

    public boolean existsWithSubject(String subject) {
        return count("subject", subject) > 0;
    }

    /**
     * @param addressedTo when present, only consultations sent to one of these org unit codes
     * @param withDrafts  whether unsent consultations are included
     */
    public Page<Consultation> page(Optional<ConsultationStatus> status, Optional<Set<String>> addressedTo,
                                   boolean withDrafts, int limit, int offset) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        status.ifPresent(wanted -> {
            conditions.add("c.status = :status");
            parameters.and("status", wanted);
        });
        if (!withDrafts) {
            conditions.add("c.status <> :draft");
            parameters.and("draft", ConsultationStatus.DRAFT);
        }
        addressedTo.ifPresent(codes -> {
            conditions.add("exists (select 1 from Recipient r where r.consultation = c and r.orgUnitCode in :codes)");
            parameters.and("codes", codes.isEmpty() ? Set.of("") : codes);
        });
        String query = "from Consultation c" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        return Page.of(find(query, Sort.descending("createdAt"), parameters), limit, offset);
    }
}
