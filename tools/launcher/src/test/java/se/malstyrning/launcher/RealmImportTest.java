package se.malstyrning.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RealmImportTest {

    private static String realm() throws IOException {
        return Files.readString(Path.of("../../deploy/keycloak/malstyrning-realm.json"));
    }

    @Test
    void shouldLetSwaggerUiComeBackToTheGatewayOfEverySystemTestThousand() throws IOException {
        String imported = RealmImport.withSystemTestGateways(realm());

        for (int base = 10000; base <= 60000; base += 1000) {
            int gateway = Ports.forSystemTests(Integer.toString(base)).gateway();
            assertTrue(imported.contains("\"http://localhost:" + gateway + "/*\""), "redirect to " + gateway);
            assertTrue(imported.contains("\"http://localhost:" + gateway + "\""), "origin " + gateway);
        }
        assertTrue(imported.contains("\"http://localhost:8080/*\""));
    }

    @Test
    void shouldChangeNothingElseOfTheRealm() throws IOException {
        String imported = RealmImport.withSystemTestGateways(realm());

        for (int gateway = 10080; gateway <= 60080; gateway += 1000) {
            if (gateway != 18080) {
                for (String address : new String[] {"http://localhost:" + gateway + "/*", "http://localhost:" + gateway}) {
                    imported = imported.replace("\"" + address + "\", ", "").replace(", \"" + address + "\"", "");
                }
            }
        }
        assertEquals(realm(), imported);
    }
}
