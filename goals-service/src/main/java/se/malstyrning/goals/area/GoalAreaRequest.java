package se.malstyrning.goals.area;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.lifecycle.GoalStatus;

import java.util.List;

@Schema(name = "GoalAreaRequest")
public record GoalAreaRequest(
        @NotNull @Min(1) @Max(99) @Schema(example = "1") Integer number,
        @NotBlank @Size(max = 200) @Schema(example = "Hållbar tillväxt och samhällsplanering") String name,
        @Size(max = 20000) String description,
        @Size(max = 50) @Schema(description = "Political keywords (nyckelord)") List<@NotBlank @Size(max = 200) String> keywords,
        @Size(max = 50) @Schema(description = "Guiding questions (frågeställningar)") List<@NotBlank @Size(max = 1000) String> guidingQuestions,
        @Schema(description = "DRAFT until fixed; ADOPTED areas are open data") GoalStatus status) {
}
