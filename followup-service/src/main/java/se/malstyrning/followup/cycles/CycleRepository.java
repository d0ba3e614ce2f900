package se.malstyrning.followup.cycles;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import se.malstyrning.runtime.paging.Page;

import java.util.UUID;

@ApplicationScoped
public class CycleRepository implements PanacheRepositoryBase<FollowUpCycle, UUID> {

    public boolean exists(CycleKind kind, int year) {
        return count("kind = ?1 and year = ?2", kind, year) > 0;
    }

    /**
     * The published cycles: those with an approved assessment, which their public report shows. (The
     * assessments are named in the query only, so that this package does not depend on theirs, which
     * depends on it.)
     */
    public Page<FollowUpCycle> published(int limit, int offset) {
        return Page.of(find("from FollowUpCycle c where " + PUBLISHED + " order by c.year desc, c.deadline desc"), limit, offset);
    }

    public boolean isPublished(UUID id) {
        return count("from FollowUpCycle c where c.id = ?1 and " + PUBLISHED, id) > 0;
    }

    private static final String PUBLISHED = "exists (select 1 from Assessment a where a.cycleId = c.id"
            + " and a.content.status = se.malstyrning.followup.assessments.AssessmentStatus.APPROVED)";

    public Page<FollowUpCycle> page(int limit, int offset) {
        return Page.of(findAll(Sort.descending("year").and("deadline", Sort.Direction.Descending)), limit, offset);
    }
}
