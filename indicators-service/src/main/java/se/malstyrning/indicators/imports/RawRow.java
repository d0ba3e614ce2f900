package se.malstyrning.indicators.imports;

/** One row of an import file as read, before validation; {@code source} is null when the file has none. */
record RawRow(long line, String indicator, String area, String period, String gender, String value, String status,
              String source) {
}
