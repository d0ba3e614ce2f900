package se.malstyrning.indicators.observation;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;
import se.malstyrning.indicators.TestData;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a client of the streamed JSON pages gets when reading the database fails before or while they are sent. */
@QuarkusTest
class ObservationStreamFailureTest {

    private final DataSource dataSource;

    @TestHTTPResource("/indicators/v1/observations")
    URI observations;

    ObservationStreamFailureTest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void shouldAnswerAProblemWhenTheDatabaseFailsBeforeTheFirstByte() throws IOException {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setServerNames(new String[] {"localhost"});
        unreachable.setPortNumbers(new int[] {closedPort()});
        QuarkusMock.installMockForType(new ObservationStore(unreachable), ObservationStore.class);

        given().queryParam("indicator", "N15428")
                .when().get("/indicators/v1/observations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503));
    }

    @Test
    void shouldAnswerAProblemWhenReadingFailsBeforeTheFirstBytesAreSent() {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        TestData.importCsv(code + ",0665,2020,T,1\n" + code + ",0665,2021,T,2\n" + code + ",0665,2022,T,3\n");
        QuarkusMock.installMockForType(new AfterEachItem(dataSource, items -> {
            if (items == 2) {
                throw new IllegalStateException("a row that cannot be read");
            }
        }), ObservationStore.class);

        given().queryParam("indicator", code)
                .when().get("/indicators/v1/observations")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body(not(containsString("items")));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void shouldBreakOffTheResponseWhenTheDatabaseFailsMidStream(HttpClient.Version version) throws Exception {
        String code = TestData.uniqueCode();
        TestData.indicator(code);
        // 6000 observations: more than the cursor fetches at once.
        StringBuilder rows = new StringBuilder();
        for (int area = 0; area < 100; area++) {
            for (int year = 2001; year <= 2020; year++) {
                for (String gender : new String[] {"T", "K", "M"}) {
                    rows.append(code).append(",A").append(area).append(',').append(year).append(',').append(gender).append(",1\n");
                }
            }
        }
        TestData.importCsv(rows.toString());
        // After a thousand observations, well into the response and before the cursor's second fetch.
        AtomicInteger terminated = new AtomicInteger();
        QuarkusMock.installMockForType(new AfterEachItem(dataSource, items -> {
            if (items == 1000) {
                terminated.set(terminateTheStreamingConnection());
            }
        }), ObservationStore.class);

        HttpResponse<InputStream> response = HttpClient.newBuilder().version(version).build().send(
                HttpRequest.newBuilder(URI.create(observations + "?indicator=" + code + "&limit=20000")).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            assertThrows(IOException.class, body::readAllBytes);
        }
        assertEquals(1, terminated.get());
    }

    /** PostgreSQL ends the connection of the page being read, as when the server goes down; returns how many it ended. */
    private int terminateTheStreamingConnection() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select count(*) filter (where pg_terminate_backend(pid, 10000)) from pg_stat_activity
                     where datname = current_database() and pid <> pg_backend_pid()
                       and state in ('active', 'idle in transaction') and query like '%as matched from%'""")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real store, calling {@code afterEachItem} with the number of observations of a page read so far. */
    @Vetoed
    static final class AfterEachItem extends ObservationStore {
        private final IntConsumer afterEachItem;

        AfterEachItem(DataSource dataSource, IntConsumer afterEachItem) {
            super(dataSource);
            this.afterEachItem = afterEachItem;
        }

        @Override
        public void page(ObservationFilter filter, int limit, int offset, PageSink page) {
            super.page(filter, limit, offset, new PageSink() {
                private int items;

                @Override
                public void total(long total) throws IOException {
                    page.total(total);
                }

                @Override
                public void item(ObservationView observation) throws IOException {
                    page.item(observation);
                    afterEachItem.accept(++items);
                }
            });
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
