package se.malstyrning.systemtest;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an integrator does with the merged document: generates a TypeScript and a Python client with
 * openapi-generator (pinned in src/test/generated-clients: the npm CLI, its generator version, tsc),
 * and uses each without a hand edit, the token set as the generator offers it (the document's bearer
 * scheme): one read that needs a token and one write. The TypeScript client type-checks in strict mode.
 */
@ExtendWith(RunningSuite.class)
class GeneratedClientsSystemTest {

    private static final Path SCRIPTS = Path.of("src/test/generated-clients");

    @Test
    void shouldLetGeneratedTypeScriptAndPythonClientsReadAndWriteWithAToken() throws Exception {
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/@openapitools/openapi-generator-cli"))) {
            Result install = run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund"), 5);
            assertEquals(0, install.exitCode(), "npm ci failed:\n" + install.output());
        }
        ProcessBuilder clients = new ProcessBuilder("node", "run.mjs");
        clients.environment().put("GATEWAY_URL", RunningSuite.suite().gatewayUrl().toString());
        clients.environment().put("TOKEN", Tokens.bearer("strateg").substring("Bearer ".length()));
        Result result = run(clients, 10);
        assertEquals(0, result.exitCode(), "the generated clients failed:\n" + result.output());

        List<JsonPath> lines = result.output().lines().filter(line -> line.startsWith("{\"client\""))
                .map(JsonPath::from).toList();
        assertEquals(List.of("typescript", "python"), lines.stream().map(line -> line.getString("client")).toList(),
                result.output());
        for (JsonPath line : lines) {
            String id = line.getString("written.id");
            given().header("Authorization", Tokens.bearer("reader")).when().get("/followup/v1/cases/" + id)
                    .then().statusCode(200);
            assertTrue(line.getString("written.registrationNumber").startsWith("KS 2026/"), result.output());
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(ProcessBuilder builder, int minutes) throws IOException, InterruptedException {
        Path output = Files.createTempFile("generated-clients", ".log");
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
