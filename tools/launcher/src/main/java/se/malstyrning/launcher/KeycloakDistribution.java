package se.malstyrning.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution: Maven resolves {@code org.keycloak:keycloak-quarkus-dist} from
 * Maven Central into the local repository; this unpacks it once into the user's cache directory.
 */
final class KeycloakDistribution {

    private static final String ARCHIVE = "keycloak.jsa";

    private KeycloakDistribution() {
    }

    static Path ensureUnpacked(Path cacheDirectory) {
        Properties build = buildProperties();
        String version = build.getProperty("keycloak.version");
        Path home = cacheDirectory.resolve("keycloak-" + version);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = Path.of(build.getProperty("keycloak.distribution"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("The Keycloak distribution is not in the Maven repository at " + zip
                    + "; build the suite with Maven first");
        }
        Path partial = cacheDirectory.resolve("keycloak-" + version + ".partial");
        unzip(zip, partial, "keycloak-" + version + "/");
        try {
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not place Keycloak at " + home, e);
        }
        return home;
    }

    /**
     * The class-data archive for a suite's Keycloak, at {@code archive} in the suite's data: a copy of
     * the one kept beside the distribution when there is one, so that a new data directory's first
     * start has it too. Each Keycloak writes only its own suite's copy.
     */
    static Path seedArchive(Path home, Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            Path kept = home.resolve(ARCHIVE);
            if (!Files.exists(archive) && Files.isRegularFile(kept)) {
                // With its time, so that keepArchive can tell whether Keycloak wrote it anew.
                copyWhole(kept, archive);
            }
        } catch (IOException e) {
            // Without the archive Keycloak starts all the same, only slower; it writes one when it stops.
            System.err.println("Keycloak's class-data archive could not be copied: " + e);
        }
        return archive;
    }

    /**
     * After a suite's Keycloak has stopped: keeps the archive it wrote beside the distribution when
     * it is newer than the one kept there (none yet, or one that another JDK made and Keycloak wrote
     * anew). Copied under another name and then renamed, so that a suite starting at that moment
     * reads either the old archive or the whole new one.
     */
    static void keepArchive(Path home, Path archive) {
        Path kept = home.resolve(ARCHIVE);
        try {
            if (!Files.isRegularFile(archive) || Files.isRegularFile(kept)
                    && Files.getLastModifiedTime(kept).compareTo(Files.getLastModifiedTime(archive)) >= 0) {
                return;
            }
            copyWhole(archive, kept);
        } catch (IOException e) {
            System.err.println("Keycloak's class-data archive could not be kept: " + e);
        }
    }

    /**
     * Copies {@code from} with its time to a file beside {@code to}, then renames it to {@code to}:
     * a reader sees the old file or the whole new one, never part of it, and a failed copy leaves
     * nothing behind.
     */
    private static void copyWhole(Path from, Path to) throws IOException {
        Path partial = Files.createTempFile(to.getParent(), to.getFileName().toString(), ".partial");
        try {
            Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void unzip(Path zip, Path target, String prefix) {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            deleteRecursively(target);
            Files.createDirectories(target);
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName().startsWith(prefix) ? entry.getName().substring(prefix.length()) : entry.getName();
                Path file = target.resolve(name).normalize();
                if (!file.startsWith(target) || name.isEmpty()) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                    if (name.startsWith("bin/") && name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Properties buildProperties() {
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/launcher.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
