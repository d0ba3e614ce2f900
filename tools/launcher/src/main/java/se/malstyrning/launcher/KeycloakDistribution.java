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
