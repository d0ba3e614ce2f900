package se.malstyrning.indicators.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Reads Kolada v3 data: the envelope {@code {"count", "values": [...], "next_url", ...}} or a bare
 * array of rows {@code {"kpi", "municipality" (or "ou"), "period", "values": [{"gender", "value",
 * "status", ...}]}}, one row object at a time. Deleted values ({@code isdeleted}) are skipped.
 */
final class KoladaJsonReader implements RowReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(InputStream body, Consumer<RawRow> rows) {
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                moveToValues(parser);
            } else if (first != JsonToken.START_ARRAY) {
                throw RowErrors.malformed(line(parser), "expected a Kolada envelope object or an array of rows");
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                long line = line(parser);
                readRow(line, parser.readValueAsTree(), rows);
            }
            if (token != JsonToken.END_ARRAY) {
                throw RowErrors.malformed(line(parser), "expected a row object");
            }
        } catch (JsonProcessingException e) {
            throw RowErrors.malformed(e.getLocation() == null ? 1 : e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void moveToValues(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("values".equals(name) && value == JsonToken.START_ARRAY) {
                return;
            }
            parser.skipChildren();
        }
        throw RowErrors.malformed(line(parser), "the envelope has no \"values\" array");
    }

    private static void readRow(long line, JsonNode row, Consumer<RawRow> rows) {
        JsonNode values = row.path("values");
        if (!values.isArray()) {
            throw RowErrors.malformed(line, "a row needs a \"values\" array");
        }
        String area = text(row.has("municipality") ? row.get("municipality") : row.get("ou"));
        for (JsonNode value : values) {
            if (!value.path("isdeleted").asBoolean(false)) {
                rows.accept(new RawRow(line, text(row.get("kpi")), area, text(row.get("period")),
                        text(value.get("gender")), text(value.get("value")), text(value.get("status")), null));
            }
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static long line(JsonParser parser) {
        return parser.currentLocation().getLineNr();
    }
}
