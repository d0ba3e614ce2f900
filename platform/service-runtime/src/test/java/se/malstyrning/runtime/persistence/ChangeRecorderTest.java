package se.malstyrning.runtime.persistence;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChangeRecorderTest {

    public static class Answer {
        public UUID consultationId = UUID.fromString("4b0d6a1e-0000-0000-0000-000000000001");
    }

    @Test
    void shouldPutTheParentsIdIntoTheFeedPathOfANestedResource() {
        assertEquals("/followup/v1/consultations/4b0d6a1e-0000-0000-0000-000000000001/responses/",
                ChangeRecorder.path("/followup/v1/consultations/{consultationId}/responses/", new Answer()));
    }

    @Test
    void shouldLeaveAPathWithoutPlaceholdersAsItIs() {
        assertEquals("/goals/v1/goals/", ChangeRecorder.path("/goals/v1/goals/", new Answer()));
    }

    @Test
    void shouldRefuseAPathNamingAFieldTheEntityLacks() {
        assertThrows(IllegalStateException.class, () -> ChangeRecorder.path("/x/{caseId}/y/", new Answer()));
    }
}
