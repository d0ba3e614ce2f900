package se.malstyrning.followup.dialogue;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerRateLimitTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2019-04-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void shouldLetTheLimitThroughInAWindow() {
        AnswerRateLimit limit = new AnswerRateLimit(2, new HandClock());
        assertTrue(limit.tryAcquire("a").isEmpty());
        assertTrue(limit.tryAcquire("a").isEmpty());
    }

    @Test
    void shouldRefuseBeyondTheLimitAndSayHowLongToWait() {
        HandClock clock = new HandClock();
        AnswerRateLimit limit = new AnswerRateLimit(1, clock);
        limit.tryAcquire("a");
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Duration.ofSeconds(40), limit.tryAcquire("a").orElseThrow());
    }

    @Test
    void shouldOpenANewWindowWhenTheMinuteHasPassed() {
        HandClock clock = new HandClock();
        AnswerRateLimit limit = new AnswerRateLimit(1, clock);
        limit.tryAcquire("a");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limit.tryAcquire("a").isEmpty());
    }

    @Test
    void shouldCountEachAddressApart() {
        AnswerRateLimit limit = new AnswerRateLimit(1, new HandClock());
        limit.tryAcquire("a");
        assertTrue(limit.tryAcquire("b").isEmpty());
    }
}
