package se.malstyrning.indicators.imports;

import se.malstyrning.indicators.observation.ObservationCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads CSV with a header line naming the columns {@code indicator, area, period, gender, value}
 * and optionally {@code status, source}, in any order. Comma-separated, or semicolon-separated
 * with decimal commas (as Swedish spreadsheets save it); fields may be quoted. A text cell that the
 * export neutralised against spreadsheet formulas is read back without its apostrophe ({@link ObservationCsv}).
 */
final class CsvReader implements RowReader {

    private static final List<String> REQUIRED = List.of("indicator", "area", "period", "gender", "value");
    private static final char BOM = '\uFEFF';

    @Override
    public void read(InputStream body, Consumer<RawRow> rows) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) {
                throw RowErrors.malformed(1, "the file is empty, the first line must name the columns");
            }
            if (header.charAt(0) == BOM) {
                header = header.substring(1);
            }
            char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
            Map<String, Integer> columns = columns(split(header, delimiter, 1));
            long line = 1;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (!text.isBlank()) {
                    rows.accept(row(line, split(text, delimiter, line), columns, delimiter));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw RowErrors.malformed(1, "the header has no column '" + required + "'; required: " + String.join(",", REQUIRED));
            }
        }
        return columns;
    }

    private static RawRow row(long line, List<String> fields, Map<String, Integer> columns, char delimiter) {
        if (fields.size() != columns.size()) {
            throw RowErrors.malformed(line, "has " + fields.size() + " fields, the header names " + columns.size());
        }
        String value = fields.get(columns.get("value"));
        return new RawRow(line, ObservationCsv.text(fields.get(columns.get("indicator"))),
                ObservationCsv.text(fields.get(columns.get("area"))),
                fields.get(columns.get("period")), fields.get(columns.get("gender")),
                delimiter == ';' ? value.replace(',', '.') : value,
                optional(fields, columns, "status"), ObservationCsv.text(optional(fields, columns, "source")));
    }

    private static String optional(List<String> fields, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : fields.get(index);
    }

    private static List<String> split(String line, char delimiter, long lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw RowErrors.malformed(lineNumber, "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
