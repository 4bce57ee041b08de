package org.sitmap.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launchers start Sitmap with the options {@code bench} times it with: the installer's and the README's. */
class LaunchOptionsTest {
    @TempDir
    Path dir;

    @Test
    void theInstallersLauncher_passesEveryOption() throws IOException {
        List<String> jpackage = Files.readAllLines(Path.of("installer/package.sh")).stream()
                .filter(l -> l.contains("--java-options")).toList();
        assertFalse(jpackage.isEmpty(), "installer/package.sh sets the launcher's JVM options");
        for (String option : LaunchOptions.JVM) {
            assertTrue(jpackage.stream().anyMatch(l -> l.contains("--java-options \"" + option + "\"")),
                    option + " in " + jpackage);
        }
        assertTrue(jpackage.stream().anyMatch(l -> l.contains("--java-options \"" + LaunchOptions.TRANSPARENT_HUGE_PAGES + "\"")),
                "the Linux launcher's " + LaunchOptions.TRANSPARENT_HUGE_PAGES + " in " + jpackage);
        // Single-quoted: $APPDIR is the launcher's to expand, not the shell's.
        String archive = LaunchOptions.classDataArchive(Path.of("$APPDIR", LaunchOptions.CLASS_DATA_ARCHIVE));
        assertTrue(jpackage.stream().anyMatch(l -> l.contains("--java-options '" + archive + "'")), archive + " in " + jpackage);
        assertTrue(Files.readString(Path.of("installer/linux/class-data-archive.sh"))
                .contains("-XX:ArchiveClassesAtExit=\"$APP/" + LaunchOptions.CLASS_DATA_ARCHIVE + "\""), "the .deb writes it");
    }

    @Test
    void theReadmesStartCommand_passesEveryOptionAndTheArchiveTheBuildWrites() throws IOException {
        String start = Files.readAllLines(Path.of("README.md")).stream()
                .filter(l -> l.startsWith("mvn -q package -DskipTests && java ")).findFirst().orElseThrow();
        List<String> options = new ArrayList<>(LaunchOptions.JVM);
        options.add(LaunchOptions.classDataArchive(Path.of("target", LaunchOptions.CLASS_DATA_ARCHIVE)));
        assertTrue(start.endsWith(" " + String.join(" ", options) + " -jar target/sitmap.jar"), start);
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("-XX:ArchiveClassesAtExit=${project.build.directory}/" + LaunchOptions.CLASS_DATA_ARCHIVE),
                "the build's training run writes the archive the README's command maps");
    }

    @Test
    void aJarWithTheBuildsArchiveBesideIt_isStartedWithTheArchive() throws IOException {
        Path jar = Files.createFile(dir.resolve("sitmap.jar"));
        assertEquals(LaunchOptions.forThisPlatform(), LaunchOptions.forClassPath(jar.toString()), "no archive yet");
        Path archive = Files.createFile(dir.resolve(LaunchOptions.CLASS_DATA_ARCHIVE));
        List<String> options = LaunchOptions.forClassPath(jar.toString());
        assertEquals(LaunchOptions.forThisPlatform().size() + 1, options.size(), options.toString());
        assertEquals("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), options.get(options.size() - 1));
    }

    @Test
    void classesOnAClassPathOfManyEntries_startWithoutAnArchive() throws IOException {
        Files.createFile(dir.resolve(LaunchOptions.CLASS_DATA_ARCHIVE));
        String classPath = dir.resolve("classes") + File.pathSeparator + dir.resolve("sitmap.jar");
        assertEquals(LaunchOptions.forThisPlatform(), LaunchOptions.forClassPath(classPath));
        assertEquals(LaunchOptions.forThisPlatform(), LaunchOptions.forClassPath(dir.resolve("classes").toString()));
    }

    @Test
    void onLinux_theHeapIsInTransparentHugePages_elsewhereNot() {
        boolean linux = System.getProperty("os.name").startsWith("Linux");
        assertEquals(linux, LaunchOptions.forThisPlatform().contains(LaunchOptions.TRANSPARENT_HUGE_PAGES));
        assertTrue(LaunchOptions.forThisPlatform().containsAll(LaunchOptions.JVM));
    }
}
