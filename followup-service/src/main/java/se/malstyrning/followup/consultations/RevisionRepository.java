package se.malstyrning.followup.consultations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<ResponseRevision, UUID> {

    public List<ResponseRevision> listByResponse(UUID responseId) {
        return list("responseId", Sort.ascending("revision"), responseId);
    }
}
