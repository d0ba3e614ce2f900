package se.malstyrning.systemtest.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.malstyrning.launcher.kubernetes.DemoOnPodman;
import se.malstyrning.launcher.kubernetes.KubePlay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The demo overlay of deploy/kubernetes, from the same manifests and the images the build made,
 * run by podman kube play (what podman cannot honour: {@link KubePlay#NOT_HONOURED}). Through its
 * gateway: open data, a login at its Keycloak, one remiss step; then one of the two goals-service
 * replicas is stopped under a steady read load. Runs with the images profile (tools/test-suite).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubernetesDemoSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int BASE = Integer.parseInt(System.getenv().getOrDefault("SYSTEM_TESTS_PORT_BASE", "18000"));
    private static final int GATEWAY_PORT = BASE + 580;
    private static final int KEYCLOAK_PORT = BASE + 680;

    private static KubePlay play;
    private static FileChannel machineLock;
    private static FileLock playing;

    @BeforeAll
    static void playTheDemo() throws InterruptedException, IOException {
        // The pods' names are the manifests' own: one such test per machine at a time (other
        // checkouts' runs wait here instead of replacing each other's pods).
        machineLock = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), "malstyrning-kube-play.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        playing = machineLock.lock();
        Path root = Path.of("..").toAbsolutePath().normalize();
        play = new KubePlay(root, "demo", "malstyrning-system-test",
                Map.of("gateway", GATEWAY_PORT, "keycloak", KEYCLOAK_PORT), Path.of("target/kubernetes-demo").toAbsolutePath());
        play.down();
        play.up();
        DemoOnPodman.awaitReady(GATEWAY_PORT, KEYCLOAK_PORT, Duration.ofMinutes(8));
    }

    @AfterAll
    static void takeItDown() throws IOException, InterruptedException {
        if (play != null) {
            Path logs = Files.createDirectories(Path.of("target/kubernetes-demo/logs"));
            for (JsonNode container : JSON.readTree(podman("ps", "--all", "--format", "json"))) {
                String name = container.path("Names").path(0).asText();
                Process process = new ProcessBuilder("podman", "logs", name).redirectErrorStream(true)
                        .redirectOutput(logs.resolve(name + ".log").toFile()).start();
                process.waitFor();
            }
            play.down();
        }
        if (playing != null) {
            playing.release();
            machineLock.close();
        }
    }

    private static RequestSpecification gateway() {
        return new RequestSpecBuilder().setBaseUri("http://localhost").setPort(GATEWAY_PORT).build();
    }

    private static RequestSpecification as(String user) {
        String token = given().baseUri("http://localhost").port(KEYCLOAK_PORT)
                .formParam("grant_type", "password").formParam("client_id", "cli")
                .formParam("username", user).formParam("password", user)
                .when().post("/realms/malstyrning/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return given().spec(gateway()).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String orgUnit(String code) {
        return given().spec(gateway()).queryParam("code", code).get("/goals/v1/org-units")
                .then().statusCode(200).extract().path("items[0].id");
    }

    @Test
    @Order(1)
    void shouldServeTheDemoDataAsOpenDataWithoutAToken() {
        given().spec(gateway()).get("/goals/v1/mandate-periods")
                .then().statusCode(200)
                .body("items.code", hasItem("2019-2022"));
        given().spec(gateway()).get("/goals/v1/goal-areas")
                .then().statusCode(200)
                .body("size()", equalTo(4));
        given().spec(gateway()).get("/indicators/v1/indicators")
                .then().statusCode(200)
                .body("total", greaterThan(0));
    }

    @Test
    @Order(2)
    void shouldAcceptATokenFromTheDemoKeycloakAtEveryService() {
        for (String path : List.of("/goals/v1/goals?status=DRAFT", "/indicators/v1/indicators", "/followup/v1/cases")) {
            as("reader").get(path).then().statusCode(200);
        }
        given().spec(gateway()).header("Authorization", "Bearer not-a-token").get("/followup/v1/cases")
                .then().statusCode(401);
    }

    @Test
    @Order(3)
    void shouldLetABoardAnswerARemissSentByTheOffice() {
        String bun = orgUnit("BUN");
        String caseId = as("strateg").body("""
                        {"body": "KS", "year": 2026, "title": "Remiss i Kubernetes (systemtest %s)"}
                        """.formatted(UUID.randomUUID()))
                .post("/followup/v1/cases").then().statusCode(201).extract().path("id");
        String consultation = as("strateg").body("""
                        {"caseId": "%s", "subject": "Remiss: måluppfyllelse", "replyDate": "%s", "recipientOrgUnitIds": ["%s"]}
                        """.formatted(caseId, LocalDate.now().plusDays(30), bun))
                .post("/followup/v1/consultations").then().statusCode(201).extract().path("id");
        as("strateg").post("/followup/v1/consultations/" + consultation + "/send").then().statusCode(200);

        as("bun").body("{\"orgUnitId\": \"%s\", \"position\": \"SUPPORTS\", \"text\": \"Nämnden tillstyrker.\"}".formatted(bun))
                .post("/followup/v1/consultations/" + consultation + "/responses")
                .then().statusCode(201);
    }

    @Test
    @Order(4)
    void shouldKeepAnsweringReadsWhileOneOfTwoGoalsReplicasStops() throws Exception {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean reading = new AtomicBoolean(true);
        URI read = URI.create("http://localhost:" + GATEWAY_PORT + "/goals/v1/goal-areas");
        try (ExecutorService readers = Executors.newFixedThreadPool(4)) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                // A steady load within the gateway's limit for one anonymous address (600 per 10 s):
                // four readers at about ten reads a second each.
                running.add(readers.submit(() -> {
                    while (reading.get()) {
                        long started = System.nanoTime();
                        answers.add(answer(read));
                        Thread.sleep(Math.max(0, 100 - (System.nanoTime() - started) / 1_000_000));
                    }
                    return null;
                }));
            }
            Thread.sleep(4_000);
            int before = answers.size();
            podman("pod", "stop", "--time", "30", KubePlay.pod("goals-service", 1));
            Thread.sleep(5_000);
            reading.set(false);
            for (Future<?> reader : running) {
                reader.get();
            }
            assertThat("reads before the stop", before, greaterThan(20));
        }
        List<Answer> failed = answers.stream().filter(answer -> answer.status() != 200).toList();
        assertThat("every read was answered, or refused as documented (503 with Retry-After and a problem)",
                failed.stream().filter(answer -> !answer.documentedUnavailable()).toList(), empty());
        assertThat("most reads were answered", failed.size(), lessThanOrEqualTo(answers.size() / 20));
        given().spec(gateway()).get("/q/health/group/upstreams")
                .then().statusCode(503)
                .body("checks[0].data.'goals http://" + KubePlay.pod("goals-service", 1) + ":8081'", equalTo("DOWN"));
    }

    @Test
    @Order(5)
    void shouldRunEveryWorkloadWithinTheMemoryLimitOfItsManifest() throws Exception {
        JsonNode containers = JSON.readTree(podman("ps", "--all", "--format", "json"));
        List<String> workloads = new ArrayList<>();
        for (JsonNode container : containers) {
            String name = container.path("Names").path(0).asText();
            if (name.endsWith("-infra")) {
                continue;
            }
            workloads.add(name);
            if (name.startsWith(KubePlay.pod("goals-service", 1))) {
                continue;
            }
            JsonNode state = JSON.readTree(podman("inspect", name)).path(0).path("State");
            assertFalse(state.path("OOMKilled").asBoolean(), name + " was killed for exceeding its memory limit");
            assertEquals(0, JSON.readTree(podman("inspect", name)).path(0).path("RestartCount").asInt(), name + " restarted");
        }
        List<String> services = List.of("goals-service", "indicators-service", "followup-service", "gateway");
        for (String service : services) {
            String container = KubePlay.pod(service, 0) + "-" + service;
            assertThat(workloads, hasItem(container));
            assertEquals(256L * 1024 * 1024, JSON.readTree(podman("inspect", container)).path(0).path("HostConfig").path("Memory").asLong(),
                    container + " runs with the manifest's memory limit of 256 MiB");
        }
    }

    /** The restore of docs/operations.md (section 3), step by step, against the demo's PostgreSQL. */
    @Test
    @Order(6)
    void shouldRestoreAServicesDatabaseFromItsBackup() throws Exception {
        String kept = draftGoal("Före säkerhetskopian");
        Path backup = Path.of("target/kubernetes-demo/goals.dump").toAbsolutePath();
        String database = KubePlay.pod("goals-db", 0) + "-postgres";
        String password = "PGPASSWORD=" + play.secret("goals-db", "password");
        String user = play.secret("goals-db", "username");
        podmanTo(backup, "exec", "-e", password, database, "pg_dump", "--format=custom", "--no-owner", "-h", "/tmp", "-U", user, "goals");
        String lost = draftGoal("Efter säkerhetskopian");

        for (int replica = 0; replica < 2; replica++) {
            podman("pod", "stop", "--ignore", "--time", "30", KubePlay.pod("goals-service", replica));
        }
        podman("exec", "-e", password, database, "dropdb", "--force", "-h", "/tmp", "-U", user, "goals");
        podman("exec", "-e", password, database, "createdb", "-h", "/tmp", "-U", user, "--owner", user, "goals");
        podmanFrom(backup, "exec", "-i", "-e", password, database, "pg_restore", "--no-owner", "--role", user,
                "-h", "/tmp", "-U", user, "-d", "goals");
        podman("pod", "start", KubePlay.pod("goals-service", 0));
        awaitAnswer("/goals/v1/goal-areas", Duration.ofMinutes(3));

        as("strateg").get("/goals/v1/goals/" + kept).then().statusCode(200).body("title", equalTo("Före säkerhetskopian"));
        as("strateg").get("/goals/v1/goals/" + lost).then().statusCode(404);
    }

    private static String draftGoal(String title) {
        String period = given().spec(gateway()).queryParam("limit", 100).get("/goals/v1/mandate-periods")
                .then().extract().path("items.find { it.code == '2019-2022' }.id");
        String area = given().spec(gateway()).get("/goals/v1/goal-areas").then().extract().path("find { it.number == 4 }.id");
        return as("strateg").body("""
                        {"code": "K8S-%s", "title": "%s", "level": "COUNCIL", "mandatePeriodId": "%s",
                         "goalAreaId": "%s", "ownerOrgUnitId": "%s", "horizon": "STRUCTURAL"}
                        """.formatted(UUID.randomUUID().toString().substring(0, 6), title, period, area, orgUnit("KF")))
                .post("/goals/v1/goals").then().statusCode(201).extract().path("id");
    }

    private static void awaitAnswer(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = URI.create("http://localhost:" + GATEWAY_PORT + path);
        while (answer(uri).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(path + " did not answer 200 within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(1000);
        }
    }

    private static void podmanTo(Path output, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).start();
        String errors = new String(process.getErrorStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
        }
    }

    private static void podmanFrom(Path input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectInput(input.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private record Answer(int status, boolean documentedUnavailable) {
    }

    private static Answer answer(URI uri) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean documented = response.statusCode() == 503
                    && response.headers().firstValue("Retry-After").isPresent()
                    && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            return new Answer(response.statusCode(), documented);
        } catch (IOException e) {
            return new Answer(-1, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, false);
        }
    }

    private static String podman(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(process.getErrorStream().readAllBytes()));
        }
        return output;
    }
}
