package se.malstyrning.goals.tree;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** A goal tree written once as JSON, and gzipped once for the clients that accept it. */
public record SerializedTree(byte[] json, byte[] gzip) {

    static SerializedTree of(byte[] json) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(json.length / 8);
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SerializedTree(json, compressed.toByteArray());
    }
}
