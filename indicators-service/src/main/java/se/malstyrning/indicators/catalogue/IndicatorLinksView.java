package se.malstyrning.indicators.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "IndicatorLinks", description = "The Agenda 2030 targets an indicator follows and the goals it measures")
public record IndicatorLinksView(UUID indicatorId, @Schema(example = "[\"4.1\", \"8.5\"]") List<String> sdgTargets, List<UUID> goalIds) {
}
