package se.malstyrning.gateway.routing;

import io.netty.channel.MultithreadEventLoopGroup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.malstyrning.gateway.RealmStub;
import se.malstyrning.gateway.UpstreamStub;

import static org.junit.jupiter.api.Assertions.assertEquals;

@SuppressWarnings("removal")
@QuarkusTest
@QuarkusTestResource(UpstreamStub.class)
@QuarkusTestResource(RealmStub.class)
class EventLoopsTest {

    @Inject
    Vertx vertx;

    @Test
    void shouldRunOneEventLoopPerCore() {
        MultithreadEventLoopGroup eventLoops = (MultithreadEventLoopGroup) ((VertxInternal) vertx).getEventLoopGroup();
        assertEquals(Runtime.getRuntime().availableProcessors(), eventLoops.executorCount());
    }
}
