package se.malstyrning.indicators.imports;

import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a file row by row without holding it in memory; malformed structure is a 400 naming the line. */
interface RowReader {
    void read(InputStream body, Consumer<RawRow> rows);
}
