package se.malstyrning.indicators.observation;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Vetoed;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import se.malstyrning.indicators.TestData;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.function.IntConsumer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** What a client of the streamed JSON pages gets when reading the database fails before or while they are sent. */
@QuarkusTest
class ObservationStreamFailureTest {

    private final DataSource dataSource;

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
