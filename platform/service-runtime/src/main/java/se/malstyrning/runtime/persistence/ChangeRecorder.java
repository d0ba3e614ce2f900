package se.malstyrning.runtime.persistence;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.hibernate.Session;
import se.malstyrning.runtime.changes.ChangeFeed;
import se.malstyrning.runtime.changes.ChangeKind;
import se.malstyrning.runtime.changes.InChangeFeed;
import se.malstyrning.runtime.changes.OpenData;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.ZoneOffset;

/**
 * Writes a row of {@code change_log} for every change of an entity marked {@link InChangeFeed}, on
 * the connection and in the transaction of the change itself (so a rolled-back change leaves no
 * entry). The row gets its position in the feed only once its transaction is over ({@link ChangeFeed}).
 */
public class ChangeRecorder {

    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)}");

    private static final String INSERT = "insert into change_log (resource_type, resource_id, href, change, changed_at,"
            + " changed_by, open_data) values (?, ?, ?, ?, ?, ?, ?)";

    @PostPersist
    void created(AuditedEntity entity) {
        record(entity, ChangeKind.CREATED);
    }

    @PostUpdate
    void changed(AuditedEntity entity) {
        record(entity, ChangeKind.CHANGED);
    }

    @PostRemove
    void deleted(AuditedEntity entity) {
        record(entity, ChangeKind.DELETED);
    }

    private static void record(AuditedEntity entity, ChangeKind kind) {
        InChangeFeed feed = org.hibernate.Hibernate.getClass(entity).getAnnotation(InChangeFeed.class);
        if (feed == null) {
            return;
        }
        boolean open = entity instanceof OpenData openData ? openData.isOpenData() : feed.openData();
        Session session = Arc.container().instance(Session.class).get();
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, feed.type());
                insert.setObject(2, entity.id);
                insert.setString(3, path(feed.path(), entity) + entity.id);
                insert.setString(4, kind.name());
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(6, AuditListener.currentUser());
                insert.setBoolean(7, open);
                insert.executeUpdate();
            }
        });
    }

    /** The collection path with each {@code {field}} replaced by that field of the entity (a parent's id). */
    static String path(String template, Object entity) {
        Matcher field = FIELD.matcher(template);
        StringBuilder path = new StringBuilder();
        while (field.find()) {
            field.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(read(entity, field.group(1), template))));
        }
        field.appendTail(path);
        return path.toString();
    }

    /** A field of the entity: by its getter (Panache makes public fields private behind accessors), else the field itself. */
    private static Object read(Object entity, String name, String template) {
        try {
            return entity.getClass().getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)).invoke(entity);
        } catch (NoSuchMethodException e) {
            for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
                try {
                    java.lang.reflect.Field declared = type.getDeclaredField(name);
                    declared.setAccessible(true);
                    return declared.get(entity);
                } catch (NoSuchFieldException next) {
                    // look in the superclass
                } catch (IllegalAccessException | RuntimeException inaccessible) {
                    break;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + entity.getClass().getSimpleName(), e);
        }
        throw new IllegalStateException("The change feed path " + template + " names no field of "
                + entity.getClass().getSimpleName());
    }
}
