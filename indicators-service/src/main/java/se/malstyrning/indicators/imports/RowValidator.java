package se.malstyrning.indicators.imports;

import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStatus;
import se.malstyrning.indicators.observation.Years;
import se.malstyrning.runtime.input.NulCharacters;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The rules every imported row must meet; each failure is recorded with its line and field. */
final class RowValidator {

    private static final Pattern AREA = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    private static final int MAX_SOURCE = 100;

    record KnownIndicator(UUID id, boolean dividedByGender) {
    }

    private final ImportFormat.FieldNames fields;
    private final Map<String, KnownIndicator> indicators;
    private final String defaultSource;
    private final RowErrors errors;

    RowValidator(ImportFormat format, Map<String, KnownIndicator> indicators, String defaultSource, RowErrors errors) {
        this.fields = format.fields();
        this.indicators = indicators;
        this.defaultSource = defaultSource;
        this.errors = errors;
    }

    Optional<ImportRow> validate(RawRow raw) {
        long line = raw.line();
        if (hasNul(line, raw)) {
            return Optional.empty();
        }
        long errorsBefore = errorCount();
        KnownIndicator indicator = blank(raw.indicator()) ? null : indicators.get(raw.indicator().strip());
        if (indicator == null) {
            errors.add(line, fields.indicator(), blank(raw.indicator()) ? "is required" : "unknown indicator '" + raw.indicator() + "'");
        }
        if (blank(raw.area()) || !AREA.matcher(raw.area().strip()).matches()) {
            errors.add(line, fields.area(), "must be a municipality or org unit code (letters, digits, '.', '-', '_')");
        }
        Integer period = period(line, raw.period());
        Gender gender = gender(line, raw.gender(), indicator);
        Double value = value(line, raw.value());
        ObservationStatus status = status(line, raw.status(), raw.value());
        String source = blank(raw.source()) ? defaultSource : raw.source().strip();
        if (source.length() > MAX_SOURCE) {
            errors.add(line, fields.source(), "at most " + MAX_SOURCE + " characters");
        }
        if (errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ImportRow(line, indicator.id(), raw.area().strip(), period, gender, value, status, source));
    }

    /** PostgreSQL cannot store NUL in text: refused in any cell, as in JSON and in parameters. */
    private boolean hasNul(long line, RawRow raw) {
        String[][] cells = {{fields.indicator(), raw.indicator()}, {fields.area(), raw.area()}, {fields.period(), raw.period()},
                {fields.gender(), raw.gender()}, {fields.value(), raw.value()}, {fields.status(), raw.status()},
                {fields.source(), raw.source()}};
        boolean found = false;
        for (String[] cell : cells) {
            if (cell[1] != null && cell[1].indexOf('\u0000') >= 0) {
                errors.add(line, cell[0], NulCharacters.MESSAGE);
                found = true;
            }
        }
        return found;
    }

    private long errorCount() {
        return errors.count();
    }

    private Integer period(long line, String text) {
        if (blank(text)) {
            errors.add(line, fields.period(), "is required");
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year < Years.FIRST || year > Years.LAST) {
                errors.add(line, fields.period(), year + " is out of range " + Years.FIRST + "-" + Years.LAST);
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            errors.add(line, fields.period(), "'" + text + "' is not a year");
            return null;
        }
    }

    private Gender gender(long line, String code, KnownIndicator indicator) {
        String trimmed = code == null ? "" : code.strip();
        for (Gender gender : Gender.values()) {
            if (gender.name().equals(trimmed)) {
                if (gender != Gender.T && indicator != null && !indicator.dividedByGender()) {
                    errors.add(line, fields.gender(), "the indicator is not divided by gender, use T");
                }
                return gender;
            }
        }
        errors.add(line, fields.gender(), "unknown gender code '" + trimmed + "', use T, K or M");
        return null;
    }

    private Double value(long line, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(line, fields.value(), "'" + text + "' is not a number");
        return null;
    }

    /** Blank means final when there is a value and missing when there is none (as in Kolada's data). */
    private ObservationStatus status(long line, String text, String value) {
        boolean hasValue = !blank(value);
        if (blank(text)) {
            return hasValue ? ObservationStatus.FINAL : ObservationStatus.MISSING;
        }
        ObservationStatus status;
        try {
            status = ObservationStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(line, fields.status(), "unknown status '" + text + "', use FINAL, PRELIMINARY or MISSING");
            return null;
        }
        if ((status == ObservationStatus.MISSING) == hasValue) {
            errors.add(line, fields.status(), hasValue ? "a MISSING row has no value" : status + " needs a value");
        }
        return status;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
