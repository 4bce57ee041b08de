package org.sitmap.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launchers start Sitmap with the options {@code bench} times it with: the installer's and the README's. */
class LaunchOptionsTest {
    @Test
    void theInstallersLauncher_passesEveryOption() throws IOException {
        List<String> jpackage = Files.readAllLines(Path.of("installer/package.sh")).stream()
                .filter(l -> l.contains("--java-options")).toList();
        assertFalse(jpackage.isEmpty(), "installer/package.sh sets the launcher's JVM options");
        for (String option : LaunchOptions.JVM) {
            assertTrue(jpackage.stream().anyMatch(l -> l.contains("--java-options \"" + option + "\"")),
                    option + " in " + jpackage);
        }
    }

    @Test
    void theReadmesStartCommand_passesEveryOption() throws IOException {
        String start = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.startsWith("mvn -q package -DskipTests && java ")).findFirst().orElseThrow();
        for (String option : LaunchOptions.JVM) assertTrue(start.contains(" " + option + " -jar "), start);
    }
}
