package se.malstyrning.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each committed document (which the service's tests prove it serves) breaks nothing its
 * committed baseline promised, unless the version in the path changed (see {@link GitBaseline}).
 */
class CommittedDocumentsCompatibilityTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("checkout.root", "../.."));

    @ParameterizedTest
    @ValueSource(strings = {"goals", "indicators", "followup"})
    void shouldBreakNothingTheBaselinePromised(String api) throws IOException {
        String path = "docs/openapi/" + api + ".json";
        String current = Files.readString(CHECKOUT.resolve(path));
        GitBaseline git = new GitBaseline(CHECKOUT);
        Optional<String> ref = git.ref();
        Optional<String> baseline = ref.flatMap(commit -> git.show(commit, path));
        if (baseline.isEmpty()) {
            System.out.printf("[openapi-diff] %s: no baseline to compare with (%s)%n", api,
                    ref.map(commit -> path + " is not in " + commit.substring(0, 7)).orElse("no git history"));
            return;
        }
        BreakingChanges.Verdict verdict = BreakingChanges.compare(baseline.get(), current);
        System.out.printf("[openapi-diff] %s against %s: %s%n", api, ref.get().substring(0, 7), verdict.summary());
        assertTrue(verdict.compatible(), () -> path + " breaks what " + ref.get().substring(0, 7) + " promised: "
                + verdict.breaking() + ". Keep the old operations and fields, or move the API to a new version in its path.");
    }
}
