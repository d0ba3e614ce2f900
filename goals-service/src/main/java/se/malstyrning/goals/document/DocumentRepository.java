package se.malstyrning.goals.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.UUID;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<SteeringDocument, UUID> {

    public Page<SteeringDocument> page(int limit, int offset) {
        return Page.of(findAll(Sort.by("title").and("id")), limit, offset);
    }
}
