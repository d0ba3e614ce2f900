package se.malstyrning.indicators.imports;

/** The file formats an import accepts, with the names their rows give to each field (used in row errors). */
public enum ImportFormat {
    KOLADA_JSON(new KoladaJsonReader(), new FieldNames("kpi", "municipality", "period", "gender", "value", "status", "source"),
            "Kolada"),
    CSV(new CsvReader(), new FieldNames("indicator", "area", "period", "gender", "value", "status", "source"), "CSV import");

    private final RowReader reader;
    private final FieldNames fields;
    private final String defaultSource;

    ImportFormat(RowReader reader, FieldNames fields, String defaultSource) {
        this.reader = reader;
        this.fields = fields;
        this.defaultSource = defaultSource;
    }

    RowReader reader() {
        return reader;
    }

    FieldNames fields() {
        return fields;
    }

    String defaultSource() {
        return defaultSource;
    }

    record FieldNames(String indicator, String area, String period, String gender, String value, String status,
                      String source) {
    }
}
