package se.malstyrning.indicators.sync;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SyncRunRepository implements PanacheRepositoryBase<SyncRun, UUID> {

    public Optional<SyncRun> last() {
        return findAll(Sort.descending("startedAt", "id")).firstResultOptional();
    }
}
