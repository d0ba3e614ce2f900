package se.malstyrning.indicators.catalogue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SdgTargetsRequest", description = "All Agenda 2030 targets the indicator follows (replaces the earlier ones)")
public record SdgTargetsRequest(
        @NotNull @Size(max = 169)
        @Schema(example = "[\"4.1\", \"8.5\"]")
        List<@NotNull @Size(max = 5) @Pattern(regexp = "([1-9]|1[0-7])\\.([1-9][0-9]?|[a-d])", message = "must be an SDG target such as 4.1 or 11.a")
                String> sdgTargets) {
}
