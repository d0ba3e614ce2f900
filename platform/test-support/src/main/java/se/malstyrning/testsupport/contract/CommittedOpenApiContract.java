package se.malstyrning.testsupport.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The running service serves exactly its committed document, {@code docs/openapi/{api}.yaml}. A
 * service's {@code @QuarkusTest} extends this. Run with {@code -Dopenapi.update=true} (or
 * {@code tools/update-openapi}) to write the served document there instead.
 */
public abstract class CommittedOpenApiContract {

    /** The first path segment: {@code goals}, {@code indicators} or {@code followup}. */
    protected abstract String api();

    @Test
    void shouldServeExactlyTheCommittedDocument() throws IOException {
        String served = OpenApiDocuments.canonical(given().queryParam("format", "json")
                .when().get("/" + api() + "/v1/openapi")
                .then().statusCode(200).extract().asString());
        Path committed = OpenApiDocuments.committed(api());
        if (OpenApiDocuments.updating()) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, served);
            System.out.printf("[openapi] wrote %s (%d lines)%n", committed, served.lines().count());
            return;
        }
        assertTrue(Files.exists(committed), () -> committed + " is missing: run tools/update-openapi");
        String text = Files.readString(committed);
        List<String> changed = changedLines(text, served);
        System.out.printf("[openapi] %s: served document has %d lines, %d changed against %s%n",
                api(), served.lines().count(), changed.size(), committed.getFileName());
        if (!changed.isEmpty() || !text.equals(served)) {
            fail("The served " + api() + " document differs from " + committed
                    + ". If the change is meant, run tools/update-openapi and commit the document. Changed lines:\n"
                    + String.join("\n", changed.subList(0, Math.min(30, changed.size()))));
        }
    }

    /** Lines only the committed document has ({@code -}) and lines only the served one has ({@code +}). */
    private static List<String> changedLines(String committed, String served) {
        Map<String, Integer> balance = new LinkedHashMap<>();
        committed.lines().forEach(line -> balance.merge(line, -1, Integer::sum));
        served.lines().forEach(line -> balance.merge(line, 1, Integer::sum));
        List<String> changed = new ArrayList<>();
        balance.forEach((line, count) -> {
            for (int i = 0; i < Math.abs(count); i++) {
                changed.add((count < 0 ? "- " : "+ ") + line);
            }
        });
        return changed;
    }
}
