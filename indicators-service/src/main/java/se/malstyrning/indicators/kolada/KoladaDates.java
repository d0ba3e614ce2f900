package se.malstyrning.indicators.kolada;

import se.malstyrning.runtime.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Kolada's {@code from_date}: a date (YYYY-MM-DD); rows changed on or after its start (UTC) are answered. */
final class KoladaDates {

    static final String FROM_DATE = "from_date";

    private KoladaDates() {
    }

    static Optional<Instant> fromDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(FROM_DATE, "must be a date as YYYY-MM-DD");
        }
    }
}
