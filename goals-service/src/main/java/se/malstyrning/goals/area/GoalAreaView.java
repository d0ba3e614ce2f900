package se.malstyrning.goals.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.malstyrning.goals.lifecycle.GoalStatus;

import java.util.List;
import java.util.UUID;

@Schema(name = "GoalArea")
public record GoalAreaView(UUID id, int number, String name, String description, List<String> keywords,
                           List<String> guidingQuestions, GoalStatus status, long version) {

    public static GoalAreaView of(GoalArea area) {
        return new GoalAreaView(area.id, area.number, area.name, area.description, List.copyOf(area.keywords),
                List.copyOf(area.guidingQuestions), area.status, area.version);
    }
}
