package se.malstyrning.goals.area;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.goals.lifecycle.GoalStatus;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class GoalAreaRepository implements PanacheRepositoryBase<GoalArea, UUID> {

    public Optional<GoalArea> findByNumber(int number) {
        return find("number", number).firstResultOptional();
    }

    public List<GoalArea> withStatus(Collection<GoalStatus> statuses) {
        return list("status in ?1", Sort.by("number"), statuses);
    }
}
