package org.sitmap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines open the window with a file (a desktop file association) and which run a command. */
class MainArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void oneExistingImportableFile_opensTheWindowWithIt() throws Exception {
        for (String name : new String[] {"theirs.kml", "theirs.KMZ", "acled.csv", "map.geojson"}) {
            Path f = Files.writeString(dir.resolve(name), "x");
            assertEquals(Optional.of(f.toAbsolutePath()), Main.fileToOpen(new String[] {f.toString()}), name);
        }
    }

    @Test
    void commandsMissingFilesAndOtherFormats_areCommandLines() throws Exception {
        Path gpkg = Files.writeString(dir.resolve("export.gpkg"), "x");
        Path kml = Files.writeString(dir.resolve("a.kml"), "x");
        assertTrue(Main.fileToOpen(new String[] {"info"}).isEmpty());
        assertTrue(Main.fileToOpen(new String[] {dir.resolve("missing.kml").toString()}).isEmpty());
        assertTrue(Main.fileToOpen(new String[] {gpkg.toString()}).isEmpty());
        assertTrue(Main.fileToOpen(new String[] {dir.toString()}).isEmpty(), "a folder is imported with 'import dataset'");
        assertTrue(Main.fileToOpen(new String[] {"validate", kml.toString()}).isEmpty());
        assertTrue(Main.fileToOpen(new String[] {"--help"}).isEmpty());
    }
}
