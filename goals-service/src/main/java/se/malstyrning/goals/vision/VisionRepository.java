package se.malstyrning.goals.vision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.goals.lifecycle.GoalStatus;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class VisionRepository implements PanacheRepositoryBase<Vision, UUID> {

    public List<Vision> withStatus(Collection<GoalStatus> statuses) {
        return list("status in ?1", Sort.descending("validFrom"), statuses);
    }
}
