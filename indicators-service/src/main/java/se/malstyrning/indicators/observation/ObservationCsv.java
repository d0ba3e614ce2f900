package se.malstyrning.indicators.observation;

import java.math.BigDecimal;

/** The CSV form of observations, the same for export and import: one header line, comma-separated. */
public final class ObservationCsv {

    public static final String HEADER = "indicator,area,period,gender,value,status,source\n";

    private ObservationCsv() {
    }

    static String line(ObservationView observation) {
        return String.join(",", observation.indicatorCode(), observation.area(), Integer.toString(observation.period()),
                observation.gender().name(), observation.value() == null ? "" : format(observation.value()),
                observation.status().name(), quote(observation.source())) + "\n";
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
