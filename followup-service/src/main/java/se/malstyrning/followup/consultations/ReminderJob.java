package se.malstyrning.followup.consultations;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Looks for recipients to remind every check interval (malstyrning.consultation-reminders.*). */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "consultation-reminders", every = "{malstyrning.consultation-reminders.check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void onSchedule() {
        int recorded = reminders.remindDue(ConsultationService.today());
        if (recorded > 0) {
            LOG.infof("Consultation reminders: %d recorded", recorded);
        }
    }

    /** Skips the job when malstyrning.consultation-reminders.enabled is false (as in the tests). */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final ReminderSettings settings;

        public Disabled(ReminderSettings settings) {
            this.settings = settings;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !settings.enabled();
        }
    }
}
