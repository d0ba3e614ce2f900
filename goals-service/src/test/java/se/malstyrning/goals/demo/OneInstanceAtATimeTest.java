package se.malstyrning.goals.demo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.malstyrning.runtime.persistence.OneInstanceAtATime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo data of replicas starting together: work of one name runs in one of them at a time. */
@QuarkusTest
class OneInstanceAtATimeTest {

    private final OneInstanceAtATime oneAtATime;

    OneInstanceAtATimeTest(OneInstanceAtATime oneAtATime) {
        this.oneAtATime = oneAtATime;
    }

    @Test
    void shouldNeverRunTwoPiecesOfWorkOfTheSameNameAtOnce() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch bothAsked = new CountDownLatch(2);
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = new ArrayList<>();
            for (String instance : List.of("a", "b")) {
                runs.add(instances.submit(() -> {
                    bothAsked.countDown();
                    bothAsked.await();
                    oneAtATime.run("test-lock", () -> {
                        events.add("start");
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        events.add("end");
                    });
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertEquals(List.of("start", "end", "start", "end"), events);
    }

    @Test
    void shouldReturnTheResultOfTheWork() {
        assertEquals(42, oneAtATime.run("test-result", () -> 42));
    }
}
