package se.malstyrning.runtime.webhooks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignaturesTest {

    @Test
    void shouldSignAsTheStandardWebhooksReferenceDoes() {
        // The example of the Standard Webhooks specification's reference libraries.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", Signatures.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void shouldSignTheTimestampSoThatAReplayedBodyWithAnotherTimeFails() {
        String secret = Signatures.newSecret();
        assertNotEquals(Signatures.sign(secret, "id", 1, "{}"), Signatures.sign(secret, "id", 2, "{}"));
    }

    @Test
    void shouldMakeSecretsOfTheSpecificationsForm() {
        assertTrue(Signatures.isValidSecret(Signatures.newSecret()));
    }

    @Test
    void shouldRefuseSecretsWithoutThePrefixOrTooShort() {
        assertFalse(Signatures.isValidSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertFalse(Signatures.isValidSecret("whsec_c2hvcnQ="));
        assertFalse(Signatures.isValidSecret("whsec_not base64!"));
    }
}
