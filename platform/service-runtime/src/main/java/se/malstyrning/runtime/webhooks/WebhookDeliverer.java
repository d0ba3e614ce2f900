package se.malstyrning.runtime.webhooks;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.malstyrning.runtime.rest.PublicAddresses;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the due deliveries of the outbox: a POST of the event's JSON with the Standard Webhooks
 * headers ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}). A 2xx is
 * delivered; anything else, a timeout or a refused address is retried with exponential back-off.
 * Redirects are not followed (a receiver must not send the suite elsewhere).
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);

    private final WebhookDeliveries deliveries;
    private final WebhookConfig config;
    private final HttpClient http;

    public WebhookDeliverer(WebhookDeliveries deliveries, WebhookConfig config) {
        this.deliveries = deliveries;
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(identity = "webhook-deliveries", every = "${malstyrning.webhooks.deliver-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        List<WebhookDeliveries.Claimed> due;
        do {
            due = deliveries.claimDue();
            due.forEach(this::send);
        } while (due.size() >= config.batch());
    }

    /** Sends one delivery now and records the attempt. */
    void send(WebhookDeliveries.Claimed delivery) {
        Optional<String> refusal = CallbackAddresses.refusal(delivery.callbackUrl(), config.allowPrivateCallbacks(), suiteHosts());
        if (refusal.isPresent()) {
            deliveries.recordAttempt(delivery.id(), null, "The callback URL " + refusal.get());
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        String id = delivery.eventId().toString();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.callbackUrl()))
                    .timeout(config.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "malstyrning-webhooks")
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signatures.sign(delivery.secret(), id, timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            deliveries.recordAttempt(delivery.id(), status,
                    status >= 200 && status < 300 ? null : "The receiver answered " + status);
        } catch (IOException | IllegalArgumentException e) {
            deliveries.recordAttempt(delivery.id(), null, "Could not reach the receiver: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook delivery %s failed", delivery.id());
            deliveries.recordAttempt(delivery.id(), null, "Could not send: " + e.getClass().getSimpleName());
        }
    }

    List<String> suiteHosts() {
        List<String> hosts = new ArrayList<>(config.suiteHosts());
        String base = PublicAddresses.of("/").getHost();
        if (base != null) {
            hosts.add(base);
        }
        return hosts;
    }
}
