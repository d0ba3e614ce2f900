package se.malstyrning.systemtest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documentation page in a real browser: Swagger UI at the gateway, the demo administrator
 * logged in through Keycloak (authorization code with PKCE), one call that needs a token answering
 * 200. Playwright (playwright-core, pinned in src/test/browser) drives Debian's chromium; no
 * browser is downloaded. tools/test-suite installs both when they are missing.
 */
@ExtendWith(RunningSuite.class)
class SwaggerUiBrowserSystemTest {

    private static final Path SCRIPTS = Path.of("src/test/browser");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @Test
    void shouldLetTheAdministratorLogInThroughKeycloakAndRunACallInSwaggerUi() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium (tools/test-suite does it as root)");
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), 5);
        }
        Path screenshot = Path.of("target/swagger-ui-failure.png").toAbsolutePath();
        ProcessBuilder browser = new ProcessBuilder("node", "swagger-ui-login.mjs");
        browser.environment().put("GATEWAY_URL", RunningSuite.suite().gatewayUrl().toString());
        browser.environment().put("LOGIN_USER", "admin");
        browser.environment().put("CHROMIUM", CHROMIUM.toString());
        browser.environment().put("SCREENSHOT", screenshot.toString());
        Result result = run(browser, 3);

        assertEquals(0, result.exitCode(), "the browser test failed (screenshot: " + screenshot + "):\n" + result.output());
        assertTrue(result.output().contains("answered 200"), result.output());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int minutes) throws IOException, InterruptedException {
        Result result = run(new ProcessBuilder(command), minutes);
        assertEquals(0, result.exitCode(), String.join(" ", command) + " failed:\n" + result.output());
        return result;
    }

    private static Result run(ProcessBuilder builder, int minutes) throws IOException, InterruptedException {
        Path output = Files.createTempFile("browser-test", ".log");
        Process process = builder.directory(SCRIPTS.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = process.waitFor(minutes, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return finished ? new Result(process.exitValue(), text) : new Result(-1, text + "\n(timed out after " + minutes + " min)");
    }
}
