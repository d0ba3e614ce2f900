package se.malstyrning.goals.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import se.malstyrning.runtime.changes.ChangeKind;
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

/** Reads what Envers recorded: the history of one resource (the change feed is the runtime's ChangeFeed). */
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
                    kindOf((RevisionType) row[2]), changedFields(previous, current), current));
            previous = current;
        }
        return history;
    }

    /** The newest change set's number: a cheap version of everything this service holds. */
    public long latestRevision() {
        return ((Number) entityManager.createNativeQuery("select coalesce(max(id), 0) from revision").getSingleResult())
                .longValue();
    }

    private static ChangeKind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeKind.CREATED;
            case MOD -> ChangeKind.CHANGED;
            case DEL -> ChangeKind.DELETED;
        };
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
