package se.malstyrning.followup.consultations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Reminders before a remiss's reply date (malstyrning.consultation-reminders.*). */
@ConfigMapping(prefix = "malstyrning.consultation-reminders")
public interface ReminderSettings {

    /** Whether the scheduled job records reminders; the list through the API works either way. */
    @WithDefault("true")
    boolean enabled();

    /** How many days before the reply date a recipient that has not answered is reminded. */
    @WithDefault("7")
    int daysBefore();

    /** How often the job looks for recipients to remind (read by the schedule as a property expression). */
    @WithDefault("1h")
    Duration checkInterval();
}
