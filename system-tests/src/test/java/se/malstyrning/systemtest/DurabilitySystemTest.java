package se.malstyrning.systemtest;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.malstyrning.launcher.Service;
import se.malstyrning.postgres.PostgresServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crash of PostgreSQL ({@code kill -9}) under a stream of writes through the gateway: what was
 * acknowledged survives, nothing is half-written, writes during the outage get a problem response in
 * bounded time, and the services report not ready and recover by themselves once PostgreSQL is back.
 */
@ExtendWith(RunningSuite.class)
class DurabilitySystemTest {

    private static final List<Service> DATABASE_SERVICES = List.of(Service.GOALS, Service.INDICATORS, Service.FOLLOWUP);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    private static final String[] RECIPIENTS = {"BUN", "SN"};
    /** Slow enough to stay well inside the gateway's limit for one client. */
    private static final long PAUSE_MILLIS = 150;

    /** One attempted write: what it was, how it was answered, and the id when it was acknowledged. */
    private record Write(String kind, String key, int status, String contentType, String id) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final Queue<Write> writes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);

    @Test
    void shouldKeepEveryAcknowledgedWriteAndRecoverWithoutRestartingTheServicesWhenPostgresCrashes() throws Exception {
        PostgresServer postgres = RunningSuite.suite().postgres();
        assertDurableSettings(postgres);
        String prefix = Api.unique("DUR");
        String caseId = Api.newCase();
        String bearer = Tokens.bearer("strateg");
        RestAssuredConfig bounded = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 5_000)
                .setParam("http.socket.timeout", (int) REQUEST_TIMEOUT.toMillis()));

        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> running = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            String writerPrefix = prefix + "-" + writer + "-";
            running.add(writers.submit(() -> writeUntilStopped(counter -> orgUnit(bounded, bearer, writerPrefix + counter))));
        }
        running.add(writers.submit(() -> writeUntilStopped(counter -> consultation(bounded, bearer, caseId, prefix + "-" + counter))));

        await("writes acknowledged before the crash", Duration.ofSeconds(60), () -> acknowledged() >= 20);
        postgres.crash();
        Instant crashed = Instant.now();
        for (Service service : DATABASE_SERVICES) {
            await(service + " reporting not ready", HEALTH_TIMEOUT, () -> readiness(service) == 503);
        }
        int beforeOutageWrites = writes.size();
        await("writes answered during the outage", HEALTH_TIMEOUT, () -> writes.size() >= beforeOutageWrites + 3);
        postgres.restartAfterCrash();
        Duration outage = Duration.between(crashed, Instant.now());
        for (Service service : DATABASE_SERVICES) {
            await(service + " ready again", HEALTH_TIMEOUT, () -> readiness(service) == 200);
        }
        long acknowledgedAtRestart = acknowledged();
        await("writes acknowledged after the restart", HEALTH_TIMEOUT, () -> acknowledged() >= acknowledgedAtRestart + 20);
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(REQUEST_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
        }
        writers.shutdown();

        List<Write> refused = writes.stream().filter(write -> !write.acknowledged()).toList();
        assertThat("writes during the outage must be refused with a problem response",
                refused.stream().filter(write -> write.status() != 503
                        || !write.contentType().startsWith("application/problem+json")).toList(), empty());
        assertThat("some writes must have met the outage", refused.size(), greaterThan(0));

        List<Write> acknowledged = writes.stream().filter(Write::acknowledged).toList();
        int verified = 0;
        for (Write write : acknowledged) {
            if (write.kind().equals("org-unit")) {
                given().header("Authorization", bearer).get("/goals/v1/org-units/" + write.id())
                        .then().statusCode(200).body("code", equalTo(write.key()));
            } else {
                given().header("Authorization", bearer).get("/followup/v1/consultations/" + write.id())
                        .then().statusCode(200).body("subject", equalTo(write.key()))
                        .body("recipients.size()", equalTo(RECIPIENTS.length));
            }
            verified++;
        }
        assertNothingHalfWritten(postgres, prefix);
        System.out.printf("Durability: %d writes attempted, %d acknowledged, %d verified after the crash, "
                        + "%d refused with 503 during an outage of %d ms%n",
                writes.size(), acknowledged.size(), verified, refused.size(), outage.toMillis());
    }

    private void writeUntilStopped(IntFunction<Write> write) {
        int counter = 0;
        while (writing.get()) {
            writes.add(write.apply(counter++));
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Write orgUnit(RestAssuredConfig config, String bearer, String code) {
        Response response = given().config(config).header("Authorization", bearer).contentType("application/json")
                .body("{\"code\": \"%s\", \"name\": \"Nämnd under krasch\", \"kind\": \"BOARD\"}".formatted(code))
                .post("/goals/v1/org-units");
        return recorded("org-unit", code, response);
    }

    /** A consultation and its recipients: several tables in one transaction. */
    private static Write consultation(RestAssuredConfig config, String bearer, String caseId, String subject) {
        String body = Api.consultationBody(caseId, RECIPIENTS).replace("Remiss (systemtest)", subject);
        Response response = given().config(config).header("Authorization", bearer).contentType("application/json")
                .body(body).post("/followup/v1/consultations");
        return recorded("consultation", subject, response);
    }

    private static Write recorded(String kind, String key, Response response) {
        boolean created = response.statusCode() >= 200 && response.statusCode() < 300;
        return new Write(kind, key, response.statusCode(), String.valueOf(response.contentType()),
                created ? response.path("id") : null);
    }

    private long acknowledged() {
        return writes.stream().filter(Write::acknowledged).count();
    }

    private static final HttpClient HEALTH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The service's own readiness, on its own port (not through the gateway); -1 when it does not answer. */
    private static int readiness(Service service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(RunningSuite.suite().serviceUrl(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        try {
            return HEALTH.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void assertDurableSettings(PostgresServer postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.serverUrl() + "postgres",
                postgres.username(), postgres.password());
             var statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit")) {
                try (var result = statement.executeQuery("show " + setting)) {
                    result.next();
                    assertThat(setting, result.getString(1), equalTo("on"));
                }
            }
        }
    }

    /**
     * Every org unit of the test has its audit row (and no audit row lacks its org unit); every
     * consultation of the test has all its recipients.
     */
    private static void assertNothingHalfWritten(PostgresServer postgres, String prefix) throws SQLException {
        try (Connection goals = DriverManager.getConnection(postgres.serverUrl() + "goals",
                postgres.username(), postgres.password());
             var statement = goals.prepareStatement("""
                     select count(*) from org_unit u full join org_unit_aud a on a.id = u.id and a.revtype = 0
                     where (u.code like ? or a.code like ?) and (u.id is null or a.id is null)""")) {
            statement.setString(1, prefix + "%");
            statement.setString(2, prefix + "%");
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat("org units without their audit row, or audit rows without their org unit", result.getInt(1), equalTo(0));
            }
        }
        try (Connection followup = DriverManager.getConnection(postgres.serverUrl() + "followup",
                postgres.username(), postgres.password());
             var statement = followup.prepareStatement("""
                     select count(*) from consultation c
                     where c.subject like ? and (select count(*) from consultation_recipient r where r.consultation_id = c.id) <> ?""")) {
            statement.setString(1, prefix + "%");
            statement.setInt(2, RECIPIENTS.length);
            try (var result = statement.executeQuery()) {
                result.next();
                assertThat("consultations without all their recipients", result.getInt(1), equalTo(0));
            }
        }
    }

    private static void await(String what, Duration timeout, Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.get()) {
            assertTrue(Instant.now().isBefore(deadline), "Timed out waiting for " + what);
            Thread.sleep(250);
        }
    }
}
