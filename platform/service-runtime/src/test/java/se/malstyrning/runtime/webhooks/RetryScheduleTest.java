package se.malstyrning.runtime.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6));

    @Test
    void shouldDoubleTheWaitAfterEachFailedAttempt() {
        assertEquals(Duration.ofSeconds(30), schedule.after(1));
        assertEquals(Duration.ofMinutes(1), schedule.after(2));
        assertEquals(Duration.ofMinutes(2), schedule.after(3));
        assertEquals(Duration.ofMinutes(64), schedule.after(8));
    }

    @Test
    void shouldNeverWaitLongerThanTheLongestWait() {
        assertEquals(Duration.ofHours(6), schedule.after(12));
        assertEquals(Duration.ofHours(6), schedule.after(10_000));
    }

    @Test
    void shouldSpreadTheAttemptsOverHours() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt <= 12; attempt++) {
            total = total.plus(schedule.after(attempt));
        }
        assertEquals(true, total.compareTo(Duration.ofHours(10)) > 0, total::toString);
    }
}
