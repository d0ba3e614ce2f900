package se.malstyrning.followup.risks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Schema(name = "RiskMatrix", description = "The year's risks placed by probability and consequence, 16 cells")
public record RiskMatrixView(int year, List<Cell> cells) {

    @Schema(name = "RiskMatrixCell")
    public record Cell(int probability, int consequence, int riskValue, RiskScore.Level level, List<Placed> risks) {
    }

    @Schema(name = "RiskInMatrix")
    public record Placed(UUID id, String title, String orgUnitCode) {
    }

    static RiskMatrixView of(int year, List<Risk> risks) {
        List<Cell> cells = new ArrayList<>();
        for (int probability = RiskScore.MAX; probability >= RiskScore.MIN; probability--) {
            for (int consequence = RiskScore.MIN; consequence <= RiskScore.MAX; consequence++) {
                RiskScore score = new RiskScore(probability, consequence);
                cells.add(new Cell(probability, consequence, score.value(), score.level(), risks.stream()
                        .filter(risk -> risk.score().equals(score))
                        .map(risk -> new Placed(risk.id, risk.title, risk.orgUnitCode))
                        .toList()));
            }
        }
        return new RiskMatrixView(year, cells);
    }
}
