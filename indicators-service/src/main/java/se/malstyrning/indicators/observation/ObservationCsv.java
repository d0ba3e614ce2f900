package se.malstyrning.indicators.observation;

import java.math.BigDecimal;

/**
 * The CSV form of observations, the same for export and import: one header line, comma-separated.
 * A text cell that a spreadsheet would run as a formula (it begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe and quoted,
 * as OWASP advises against CSV injection; the import takes that apostrophe off again, so that an
 * exported file imports back unchanged.
 */
public final class ObservationCsv {

    public static final String HEADER = "indicator,area,period,gender,value,status,source\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final char NEUTRALISED = '\'';

    private ObservationCsv() {
    }

    static String line(ObservationView observation) {
        return String.join(",", cell(observation.indicatorCode()), cell(observation.area()), Integer.toString(observation.period()),
                observation.gender().name(), observation.value() == null ? "" : format(observation.value()),
                observation.status().name(), cell(observation.source())) + "\n";
    }

    /** A text cell as the file carries it: neutralised when a spreadsheet would run it, quoted when it needs to be. */
    static String cell(String text) {
        boolean formula = runsAsFormula(text);
        String value = formula ? NEUTRALISED + text : text;
        if (formula || value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** The text of a cell as read from a file: without the apostrophe that {@link #cell} put before a formula. */
    public static String text(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == NEUTRALISED && runsAsFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean runsAsFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
