package se.malstyrning.launcher.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command-line tools the runner drives (kubectl, podman). */
final class Commands {

    private static final long TIMEOUT_MINUTES = 10;

    private Commands() {
    }

    /** Runs a command and returns what it printed; fails with its output when it fails. */
    static String run(Path directory, List<String> command) {
        Result result = execute(directory, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + result.exitCode() + "):\n" + result.output());
        }
        return result.output();
    }

    /** Runs a command and tells whether it succeeded. */
    static boolean succeeds(Path directory, List<String> command) {
        return execute(directory, command).exitCode() == 0;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result execute(Path directory, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + TIMEOUT_MINUTES + " minutes");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.getFirst(), e);
        }
    }
}
