package se.malstyrning.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeycloakArchiveTest {

    @TempDir
    Path temp;

    @Test
    void shouldGiveANewDataDirectoryACopyOfTheKeptArchive() throws IOException {
        Path home = Files.createDirectories(temp.resolve("keycloak-26"));
        Files.writeString(home.resolve("keycloak.jsa"), "kept");

        Path archive = KeycloakDistribution.seedArchive(home, temp.resolve("data/cds/keycloak.jsa"));

        assertEquals("kept", Files.readString(archive));
        assertEquals(Files.getLastModifiedTime(home.resolve("keycloak.jsa")), Files.getLastModifiedTime(archive));
    }

    @Test
    void shouldLeaveADataDirectorysOwnArchiveAlone() throws IOException {
        Path home = Files.createDirectories(temp.resolve("keycloak-26"));
        Files.writeString(home.resolve("keycloak.jsa"), "kept");
        Path own = Files.createDirectories(temp.resolve("data/cds")).resolve("keycloak.jsa");
        Files.writeString(own, "own");

        KeycloakDistribution.seedArchive(home, own);

        assertEquals("own", Files.readString(own));
    }

    @Test
    void shouldStartWithoutAnArchiveWhenNoneIsKept() throws IOException {
        Path home = Files.createDirectories(temp.resolve("keycloak-26"));

        Path archive = KeycloakDistribution.seedArchive(home, temp.resolve("data/cds/keycloak.jsa"));

        assertFalse(Files.exists(archive));
        assertTrue(Files.isDirectory(archive.getParent()), "Keycloak writes its archive there when it stops");
    }

    @Test
    void shouldKeepTheFirstArchiveAKeycloakWrote() throws IOException {
        Path home = Files.createDirectories(temp.resolve("keycloak-26"));
        Path written = Files.createDirectories(temp.resolve("data/cds")).resolve("keycloak.jsa");
        Files.writeString(written, "written");

        KeycloakDistribution.keepArchive(home, written);

        assertEquals("written", Files.readString(home.resolve("keycloak.jsa")));
        try (var files = Files.list(home)) {
            assertEquals(1, files.count(), "no partial copy is left behind");
        }
    }

    @Test
    void shouldReplaceTheKeptArchiveOnlyWithOneWrittenAfterIt() throws IOException {
        Path home = Files.createDirectories(temp.resolve("keycloak-26"));
        Path kept = home.resolve("keycloak.jsa");
        Files.writeString(kept, "kept");
        Path seeded = KeycloakDistribution.seedArchive(home, temp.resolve("data/cds/keycloak.jsa"));

        KeycloakDistribution.keepArchive(home, seeded);
        assertEquals("kept", Files.readString(kept));

        // Another JDK found the copy unusable, and Keycloak wrote a new one when it stopped.
        Files.writeString(seeded, "rewritten");
        Files.setLastModifiedTime(seeded, FileTime.from(Instant.now().plusSeconds(5)));
        KeycloakDistribution.keepArchive(home, seeded);
        assertEquals("rewritten", Files.readString(kept));
    }
}
