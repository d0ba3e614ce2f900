package se.malstyrning.followup;

import se.malstyrning.followup.consultations.ConsultationFixture;
import se.malstyrning.testsupport.TestTokens;

import java.util.UUID;

/** A board of its own for one test: its code, its id at the faked goals-service, and an editor's token for it. */
public record TestBoard(String code, UUID unit, String token) {

    public static TestBoard fresh() {
        String code = ConsultationFixture.freshCode();
        return new TestBoard(code, OwnersStub.orgUnit(code), TestTokens.boardEditor("editor-" + code.toLowerCase(), code));
    }
}
