package se.malstyrning.runtime.changes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose changes go into its service's change feed ({@code …/v1/changes?since=}).
 * Every insert, update and removal of it through the entity manager is recorded in the same
 * transaction (table {@code change_log}); see docs/change-feeds.md.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface InChangeFeed {

    /** The resource type as the feed names it (UPPER_SNAKE, e.g. {@code GOAL}). */
    String type();

    /** The resource's collection path, ending in a slash; the id follows (e.g. {@code /goals/v1/goals/}). */
    String path();

    /**
     * Whether the resource is open data in every state, so that callers without a token see its
     * changes. An entity implementing {@link OpenData} decides per state instead.
     */
    boolean openData() default false;
}
