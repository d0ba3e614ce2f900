package se.malstyrning.followup.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * The report's words as a Swedish annual report writes them: statuses in Swedish (Delvis uppfyllt,
 * not PARTLY_ACHIEVED), numbers with a decimal comma, years without separators.
 */
final class SwedishWords {

    static final String NOT_ASSESSED = "Ej bedömt";

    private static final Map<String, String> STATUSES = Map.of(
            "ACHIEVED", "Uppfyllt",
            "PARTLY_ACHIEVED", "Delvis uppfyllt",
            "NOT_ACHIEVED", "Ej uppfyllt",
            "NO_DATA", "Underlag saknas",
            "NOT_ASSESSABLE", "Går inte att bedöma");

    private static final Map<String, String> ASSESSMENT_STATUSES = Map.of(
            "SUBMITTED", "inlämnad",
            "APPROVED", "godkänd",
            "RETURNED", "återsänd för komplettering");

    private static final Map<String, String> TRENDS = Map.of(
            "TARGET_ACHIEVED", "målvärdet är nått",
            "ON_TRACK", "på väg mot målvärdet",
            "MODERATE_PROGRESS", "måttlig utveckling mot målvärdet",
            "LIMITED_PROGRESS", "begränsad utveckling mot målvärdet",
            "DETERIORATION", "utvecklingen går åt fel håll",
            "INSUFFICIENT_DATA", "för få värden för en trend");

    private SwedishWords() {
    }

    /** A fulfilment status or a board's judgement in words; an unknown code as it is. */
    static String status(Object code) {
        return code == null ? STATUSES.get("NO_DATA") : STATUSES.getOrDefault(code.toString(), code.toString());
    }

    static String assessmentStatus(Object code) {
        return code == null ? "" : ASSESSMENT_STATUSES.getOrDefault(code.toString(), code.toString());
    }

    static String trend(Object code) {
        return code == null ? null : TRENDS.get(code.toString());
    }

    /** A number as Swedish writes it: 76,4 and 1 234,5 (a space groups thousands). */
    static String number(Object value) {
        if (!(value instanceof Number number)) {
            return value == null ? "" : value.toString();
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0.##", symbols).format(number.doubleValue());
    }
}
