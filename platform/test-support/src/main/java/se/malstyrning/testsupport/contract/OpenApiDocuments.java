package se.malstyrning.testsupport.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed OpenAPI documents of the suite ({@code docs/openapi/{api}.json}) and the one
 * canonical form they are kept in: indented JSON with every key sorted, so a document is the same
 * text whatever order the generator chose, and a change reads well in a diff.
 */
public final class OpenApiDocuments {

    /** Set this system property to {@code true} to write the served documents instead of comparing them. */
    public static final String UPDATE_PROPERTY = "openapi.update";

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .build();

    private OpenApiDocuments() {
    }

    /** {@code docs/openapi/{api}.json} of the checkout the tests run in. */
    public static Path committed(String api) {
        return root().resolve("docs/openapi").resolve(api + ".json");
    }

    /** The canonical text of a JSON document. */
    public static String canonical(String json) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            printer.indentObjectsWith(INDENTER);
            printer.indentArraysWith(INDENTER);
            return JSON.writer(printer).writeValueAsString(JSON.readTree(json)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** The checkout's root: the nearest directory above the working directory that has {@code docs/openapi/} and {@code pom.xml}. */
    public static Path root() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            if (Files.isDirectory(directory.resolve("docs/openapi")) && Files.isRegularFile(directory.resolve("pom.xml"))) {
                return directory;
            }
            directory = directory.getParent();
        }
        throw new UncheckedIOException(new FileNotFoundException(
                "No checkout with docs/openapi/ and pom.xml above " + Path.of("").toAbsolutePath()));
    }
}
