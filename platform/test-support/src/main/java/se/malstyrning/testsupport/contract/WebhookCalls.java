package se.malstyrning.testsupport.contract;

import se.malstyrning.testsupport.TestTokens;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Valid calls of the webhook writes every service has ({@code /{api}/v1/webhooks}), for the contracts. */
public final class WebhookCalls {

    private WebhookCalls() {
    }

    /** A subscription body to a callback that resolves nowhere (accepted; its deliveries fail quietly). */
    public static String subscriptionJson(String eventType) {
        return """
                {"callbackUrl": "https://receiver.invalid/hooks", "eventTypes": ["%s"], "description": "Test"}
                """.formatted(eventType);
    }

    /** Creates a subscription as admin; returns its id. */
    public static String subscription(String api, String eventType) {
        return given().header("Authorization", TestTokens.admin()).contentType("application/json").body(subscriptionJson(eventType))
                .post("/" + api + "/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    /** The service's own write calls with those of its webhooks added. */
    public static Map<String, Supplier<WriteCall>> with(Map<String, Supplier<WriteCall>> own, String api, String eventType) {
        String name = Character.toUpperCase(api.charAt(0)) + api.substring(1);
        String admin = TestTokens.admin();
        Map<String, Supplier<WriteCall>> all = new HashMap<>(own);
        all.put("create" + name + "WebhookSubscription", () -> WriteCall.post(admin, "/" + api + "/v1/webhooks",
                subscriptionJson(eventType)));
        all.put("update" + name + "WebhookSubscription", () -> WriteCall.put(admin, "/" + api + "/v1/webhooks/"
                + subscription(api, eventType), subscriptionJson(eventType).replace("Test", "Changed")));
        all.put("delete" + name + "WebhookSubscription", () -> WriteCall.delete(admin, "/" + api + "/v1/webhooks/"
                + subscription(api, eventType)));
        return Map.copyOf(all);
    }
}
