package se.malstyrning.runtime.webhooks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackAddressesTest {

    private static final List<String> SUITE = List.of("gateway", "goals-service", "malstyrning.kommun.se");

    private static boolean refused(String url) {
        return CallbackAddresses.refusal(url, false, SUITE).isPresent();
    }

    @Test
    void shouldRefuseLoopbackCallbacks() {
        assertTrue(refused("http://127.0.0.1:8080/hook"));
        assertTrue(refused("http://[::1]/hook"));
        assertTrue(refused("http://localhost/hook"));
    }

    @Test
    void shouldRefuseLinkLocalCallbacksSuchAsTheCloudMetadataAddress() {
        assertTrue(refused("http://169.254.169.254/latest/meta-data"));
        assertTrue(refused("http://[fe80::1]/hook"));
    }

    @Test
    void shouldRefuseTheWildcardAddress() {
        assertTrue(refused("http://0.0.0.0:8081/hook"));
    }

    @Test
    void shouldRefuseTheSuitesOwnHosts() {
        assertTrue(refused("http://goals-service:8081/goals/v1/goals"));
        assertTrue(refused("https://MALSTYRNING.kommun.se/followup/v1/cases"));
    }

    @Test
    void shouldRefuseOtherSchemesAndCredentials() {
        assertTrue(refused("file:///etc/passwd"));
        assertTrue(refused("ftp://receiver.example.org/hook"));
        assertTrue(refused("https://user:secret@93.184.215.14/hook"));
    }

    @Test
    void shouldAcceptAPublicAddress() {
        assertEquals(java.util.Optional.empty(), CallbackAddresses.refusal("https://93.184.215.14/hook", false, SUITE));
    }

    @Test
    void shouldAcceptLoopbackWhenAnAdministratorAllowsIt() {
        assertEquals(java.util.Optional.empty(), CallbackAddresses.refusal("http://127.0.0.1:9999/hook", true, SUITE));
    }
}
