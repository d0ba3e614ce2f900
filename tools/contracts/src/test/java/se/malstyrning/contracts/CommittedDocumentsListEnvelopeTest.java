package se.malstyrning.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every list of every committed document answers the Page envelope, or another by design ({@link ListEnvelopes}). */
class CommittedDocumentsListEnvelopeTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("checkout.root", "../.."));
    private static final List<String> APIS = List.of("goals", "indicators", "followup");

    @ParameterizedTest
    @ValueSource(strings = {"goals", "indicators", "followup"})
    void shouldAnswerEveryListInThePageEnvelope(String api) {
        ListEnvelopes.Result result = ListEnvelopes.check(document(api));
        System.out.printf("[list-envelope] %s: %s%n", api, result.summary());
        assertEquals(List.of(), result.violations(), () -> "docs/openapi/" + api + ".json: answer a list as a Page"
                + " (platform/service-runtime, paging.Page, with Responses.page for the Link header)");
    }

    @Test
    void shouldExemptByNameOnlyOperationsThatStillAnswerABareArray() {
        assertEquals(List.of(), ListEnvelopes.staleExemptions(APIS.stream().map(CommittedDocumentsListEnvelopeTest::document).toList()),
                "these operations answer no bare array any more: take them out of ListEnvelopes.V1_BARE_ARRAYS");
    }

    private static String document(String api) {
        try {
            return Files.readString(CHECKOUT.resolve("docs/openapi/" + api + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
