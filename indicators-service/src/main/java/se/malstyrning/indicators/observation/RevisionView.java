package se.malstyrning.indicators.observation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ObservationRevision", description = "A value an observation had before it was revised")
public record RevisionView(Double value, ObservationStatus status, String source, Instant recordedAt, String recordedBy) {
}
