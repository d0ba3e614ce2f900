package se.malstyrning.runtime.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import se.malstyrning.runtime.rest.Responses;
import se.malstyrning.runtime.security.Caller;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The change feed of a service ({@code …/v1/changes?since=}), the same in every service: each
 * change set (the changes one transaction made) gets a position, strictly increasing in the order
 * the change sets became visible, so that a reader who passes back {@code nextSince} never misses
 * a change, even one whose transaction began before and ended after another's. Positions are given
 * only to the change sets of transactions older than every transaction still running (PostgreSQL's
 * snapshot {@code xmin}), by one placer at a time; see docs/change-feeds.md.
 */
@ApplicationScoped
public class ChangeFeed {

    /** One entry of the feed, as each service shows it. */
    public record Entry(long revision, Instant changedAt, String changedBy, String resourceType, UUID resourceId,
                        ChangeKind change, String href) {
    }

    /** A page of the feed: entries of whole change sets, the cursor to read on from, and whether more remain. */
    public record Page(List<Entry> items, long nextSince, boolean hasMore) {
    }

    private final EntityManager entityManager;
    private final Caller caller;

    public ChangeFeed(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /**
     * The answer to {@code GET …/changes}: the page after {@code since}, or 304 to an
     * {@code If-None-Match} naming the same cursor and the same latest position.
     */
    @Transactional
    public Response respond(Request request, long since, int limit, Function<Page, ?> view) {
        long latest = placeAndGetLatest();
        EntityTag etag = new EntityTag(since + "-" + latest);
        Response.ResponseBuilder notModified = Responses.conditional(request, etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        return Response.ok(view.apply(page(since, limit, latest))).tag(etag).build();
    }

    /**
     * The changes of the next {@code limit} change sets after {@code since}, oldest first; a change
     * set is never split between pages. A caller without one of the realm's roles sees only changes
     * that left their resource open data.
     */
    @Transactional
    public Page since(long since, int limit) {
        return page(since, limit, placeAndGetLatest());
    }

    private Page page(long since, int limit, long latest) {
        @SuppressWarnings("unchecked")
        List<Number> window = entityManager.createNativeQuery(
                        "select distinct position from change_log where position > :since" + visibility()
                                + " order by position limit :limit")
                .setParameter("since", since).setParameter("limit", limit + 1).getResultList();
        boolean hasMore = window.size() > limit;
        List<Long> positions = window.stream().limit(limit).map(Number::longValue).toList();
        if (positions.isEmpty()) {
            return new Page(List.of(), Math.max(since, latest), false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select position, changed_at, changed_by, resource_type, resource_id, change, href from change_log"
                                + " where position between :first and :last" + visibility()
                                + " order by position, resource_type, resource_id, id")
                .setParameter("first", positions.getFirst()).setParameter("last", positions.getLast())
                .getResultList();
        List<Entry> items = rows.stream().map(row -> new Entry(((Number) row[0]).longValue(), instant(row[1]),
                (String) row[2], (String) row[3], (UUID) row[4], ChangeKind.valueOf((String) row[5]), (String) row[6]))
                .toList();
        // Past the last change shown when more remain; otherwise past every placed change, seen or not for this caller.
        long nextSince = hasMore ? positions.getLast() : Math.max(positions.getLast(), latest);
        return new Page(items, nextSince, hasMore);
    }

    private String visibility() {
        return caller.mayRead() ? "" : " and open_data";
    }

    /**
     * Gives positions to the change sets of every finished transaction not placed yet, in the order
     * of their transaction ids, one placer at a time, and returns the latest position.
     */
    private long placeAndGetLatest() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('change_log placement'))").getSingleResult();
        entityManager.createNativeQuery("""
                update change_log c set position = p.position
                from (select tx, nextval('change_position') as position
                      from (select distinct tx from change_log
                            where position is null and tx < pg_snapshot_xmin(pg_current_snapshot())
                            order by tx) finished) p
                where c.tx = p.tx and c.position is null""").executeUpdate();
        return ((Number) entityManager.createNativeQuery("select coalesce(max(position), 0) from change_log")
                .getSingleResult()).longValue();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Unexpected time " + value);
        };
    }
}
