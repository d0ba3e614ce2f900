package se.malstyrning.indicators.target;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TargetRevisionRepository implements PanacheRepositoryBase<TargetRevision, UUID> {

    public List<TargetRevision> ofTarget(UUID targetId) {
        return list("targetId", Sort.by("targetVersion"), targetId);
    }
}
