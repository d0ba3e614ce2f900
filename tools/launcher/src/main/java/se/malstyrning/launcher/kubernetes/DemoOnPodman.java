package se.malstyrning.launcher.kubernetes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo overlay of deploy/kubernetes on this machine under podman kube play (tools/kube-play):
 * plays it, waits until the gateway's upstreams and Keycloak are ready, prints where they are, and
 * takes it all down again on Ctrl-C.
 */
public final class DemoOnPodman {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private DemoOnPodman() {
    }

    public static void main(String[] args) throws InterruptedException {
        int gatewayPort = option(args, "--gateway-port", 8080);
        int keycloakPort = option(args, "--keycloak-port", 8180);
        Path root = Path.of("").toAbsolutePath();
        KubePlay play = new KubePlay(root, "demo", "malstyrning-demo",
                Map.of("gateway", gatewayPort, "keycloak", keycloakPort), root.resolve("deploy/kubernetes/target/demo"));
        System.out.println("Playing deploy/kubernetes/overlays/demo with podman kube play. What podman cannot honour:");
        KubePlay.NOT_HONOURED.forEach(line -> System.out.println("  - " + line));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nTaking the demo down ...");
            play.down();
        }, "kube-play-down"));
        List<String> pods = play.up();
        System.out.println("Started pods " + String.join(", ", pods) + "; waiting until they are ready ...");
        awaitReady(gatewayPort, keycloakPort, Duration.ofMinutes(6));
        System.out.printf("%nThe demo runs.%n  Swagger UI  http://localhost:%d/swagger-ui%n  Keycloak    http://localhost:%d"
                + "  (realm malstyrning; demo accounts as in the README)%n%nPress Ctrl-C to take it down.%n", gatewayPort, keycloakPort);
        Thread.currentThread().join();
    }

    /** Waits until Keycloak serves the realm and every upstream instance behind the gateway is ready. */
    public static void awaitReady(int gatewayPort, int keycloakPort, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        for (URI uri : List.of(URI.create("http://localhost:" + keycloakPort + "/realms/malstyrning/.well-known/openid-configuration"),
                URI.create("http://localhost:" + gatewayPort + "/q/health/group/upstreams"))) {
            while (status(uri) != 200) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(uri + " did not answer 200 within " + timeout.toSeconds() + " s");
                }
                Thread.sleep(1000);
            }
        }
    }

    private static int status(URI uri) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
