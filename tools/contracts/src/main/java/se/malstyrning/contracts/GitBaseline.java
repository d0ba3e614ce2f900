package se.malstyrning.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The committed version a document is compared with: the one at {@code -Dopenapi.baseline=<ref>}
 * if given; on a branch, the one where it left {@code main} (its merge base); on {@code main}
 * itself, the one before the last commit (its first parent). Read with {@code git show}.
 */
public final class GitBaseline {

    public static final String PROPERTY = "openapi.baseline";

    private final Path checkout;

    public GitBaseline(Path checkout) {
        this.checkout = checkout;
    }

    /** The commit to compare with, or empty where there is no history (a source archive, a shallow clone). */
    public Optional<String> ref() {
        String given = System.getProperty(PROPERTY, "");
        if (!given.isBlank()) {
            return git("rev-parse", "--verify", "--quiet", given + "^{commit}");
        }
        Optional<String> head = git("rev-parse", "HEAD");
        Optional<String> mergeBase = git("merge-base", "HEAD", "main");
        if (head.isPresent() && mergeBase.isPresent() && !mergeBase.equals(head)) {
            return mergeBase;
        }
        return git("rev-parse", "--verify", "--quiet", "HEAD~1^{commit}");
    }

    /** The text of a file of the checkout at that commit, or empty if it did not exist there. */
    public Optional<String> show(String ref, String path) {
        return git("show", ref + ":" + path);
    }

    private Optional<String> git(String... arguments) {
        try {
            Process process = new ProcessBuilder(command(arguments)).directory(checkout.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(arguments[0].equals("show") ? out : out.strip());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static List<String> command(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        return command;
    }
}
