package se.malstyrning.indicators.imports;

import se.malstyrning.indicators.observation.Gender;
import se.malstyrning.indicators.observation.ObservationStatus;

import java.util.UUID;

/** A validated row, ready to be written. */
record ImportRow(long line, UUID indicatorId, String area, int period, Gender gender, Double value,
                 ObservationStatus status, String source) {
}
