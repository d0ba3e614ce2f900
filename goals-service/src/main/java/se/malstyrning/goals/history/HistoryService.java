package se.malstyrning.goals.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import se.malstyrning.goals.lifecycle.GoalStatus;
import se.malstyrning.runtime.security.Caller;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reads what Envers recorded: the history of one resource, and the change feed over all of them. */
@ApplicationScoped
public class HistoryService {

    /** Fields every change touches; they say nothing about what changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy", "ownerOrgUnitCode");

    private final EntityManager entityManager;
    private final Caller caller;

    public HistoryService(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /**
     * Every recorded state of one entity the caller may see, oldest first, each with the fields that
     * changed from the state before it that the caller saw, compared in the shape the API shows
     * ({@code view}). A caller who may not read unpublished material sees only the states that were
     * public ({@code wasPublic}): not the draft wording of a goal adopted later, nor who edited it then.
     */
    public <E> List<RevisionView> of(Class<E> entity, UUID id, Function<E, ? extends Record> view, Predicate<E> wasPublic) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entity, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        boolean everyState = caller.mayRead();
        List<RevisionView> history = new ArrayList<>();
        Record previous = null;
        for (Object[] row : rows) {
            E state = entity.cast(row[0]);
            if (!everyState && !wasPublic.test(state)) {
                continue;
            }
            Revision revision = (Revision) row[1];
            Record current = view.apply(state);
            history.add(new RevisionView(revision.id, Instant.ofEpochMilli(revision.changedAt), revision.changedBy,
                    ChangeKind.of((RevisionType) row[2]), changedFields(previous, current), current));
            previous = current;
        }
        return history;
    }

    /**
     * The changes of the next {@code limit} change sets after {@code since}, oldest first; a change
     * set is never split between pages. Without a token, changes of drafts are left out.
     */
    public ChangeFeedView changesSince(long since, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> window = entityManager.createNativeQuery(
                        "select id from revision where id > :since order by id limit :limit")
                .setParameter("since", since).setParameter("limit", limit + 1).getResultList();
        boolean hasMore = window.size() > limit;
        List<Long> revisions = window.stream().limit(limit).map(Number::longValue).toList();
        if (revisions.isEmpty()) {
            return new ChangeFeedView(List.of(), since, false);
        }
        String union = java.util.Arrays.stream(ResourceType.values())
                .map(type -> "select '" + type.name() + "' as resource_type, a.id, a.rev, a.revtype, "
                        + (type.hasStatus ? "a.status" : "null") + " as status from " + type.auditTable
                        + " a where a.rev between :first and :last")
                .collect(Collectors.joining(" union all "));
        String visibility = caller.mayRead() ? "" : " where c.status is null or c.status in ("
                + GoalStatus.PUBLIC.stream().map(status -> "'" + status + "'").collect(Collectors.joining(", ")) + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select c.resource_type, c.id, r.id, c.revtype, r.changed_at, r.changed_by from (" + union
                                + ") c join revision r on r.id = c.rev" + visibility + " order by r.id, c.resource_type, c.id")
                .setParameter("first", revisions.getFirst())
                .setParameter("last", revisions.getLast())
                .getResultList();
        List<ChangeView> items = rows.stream().map(row -> {
            ResourceType type = ResourceType.valueOf((String) row[0]);
            UUID id = (UUID) row[1];
            return new ChangeView(((Number) row[2]).longValue(), Instant.ofEpochMilli(((Number) row[4]).longValue()),
                    (String) row[5], type, id, ChangeKind.of(((Number) row[3]).intValue()), type.path + id);
        }).toList();
        return new ChangeFeedView(items, revisions.getLast(), hasMore);
    }

    /** The newest change set's number: a cheap version of everything this service holds. */
    public long latestRevision() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(id), 0) from revision").getSingleResult())
                .longValue();
    }

    private static List<String> changedFields(Record before, Record after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            if (BOOKKEEPING.contains(component.getName())) {
                continue;
            }
            if (before == null || !Objects.equals(read(component, before), read(component, after))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
