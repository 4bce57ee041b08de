package org.sitmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitmap.domain.Dataset;
import org.sitmap.io.DataFiles;

/**
 * The built-in files are hashed only when their metadata changed since the stored hash was computed (issue 18:
 * hashing 78 MB at every start). Files changed less than two seconds ago are never trusted, so these tests wait
 * that long after writing.
 */
class BuiltinDataLoaderStampTest {
    @TempDir
    Path dir;

    private Path dataCopy() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        DataFiles embedded = DataFiles.embedded();
        for (String name : DataFiles.NAMES) {
            Optional<InputStream> in = embedded.open(name);
            if (in.isEmpty()) continue;
            try (InputStream s = in.get()) {
                Files.copy(s, data.resolve(name));
            }
        }
        return data;
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(2_100);
    }

    @Test
    void unchangedFiles_areNotHashedAgain_theStoredHashIsTrusted() throws Exception {
        Path data = dataCopy();
        settle();
        try (SqliteSituationStore store = SqliteSituationStore.open(dir.resolve("s.db"))) {
            BuiltinDataLoader.Outcome first = new BuiltinDataLoader().ensureCurrent(store, DataFiles.fromDirectory(data));
            assertTrue(first.rebuilt());
            assertEquals(DataFiles.fromDirectory(data).stamp(), store.builtinStamp(first.hash()),
                    "the files' stamp is kept with their hash");
            // A stored hash the files do not have, vouched for by their unchanged stamp: a loader that hashed the
            // files would find them different and rebuild; one that trusts the stamp does not read them at all.
            store.replaceBuiltin(new Dataset(List.of(), List.of(), List.of(), List.of(), List.of()), "not-their-hash");
            store.recordBuiltinStamp("not-their-hash", DataFiles.fromDirectory(data).stamp().orElseThrow());
            BuiltinDataLoader.Outcome again = new BuiltinDataLoader().ensureCurrent(store, DataFiles.fromDirectory(data));
            assertFalse(again.rebuilt());
            assertEquals("not-their-hash", again.hash());
        }
    }

    @Test
    void aFileRewrittenToTheSameSizeAndModificationTime_isStillFound() throws Exception {
        Path data = dataCopy();
        settle();
        try (SqliteSituationStore store = SqliteSituationStore.open(dir.resolve("s.db"))) {
            String hash = new BuiltinDataLoader().ensureCurrent(store, DataFiles.fromDirectory(data)).hash();
            assertTrue(store.builtinStamp(hash).isPresent());
            Path factions = data.resolve(DataFiles.FACTIONS);
            FileTime modified = Files.getLastModifiedTime(factions);
            String text = Files.readString(factions);
            int at = text.indexOf("Syrian");
            assertTrue(at >= 0, "the factions file names a faction to change");
            Files.writeString(factions, text.substring(0, at) + "Syriac" + text.substring(at + 6));
            Files.setLastModifiedTime(factions, modified);
            assertEquals(text.length(), Files.readString(factions).length());
            settle(); // not found merely because the change is recent

            BuiltinDataLoader.Outcome after = new BuiltinDataLoader().ensureCurrent(store, DataFiles.fromDirectory(data));
            assertTrue(after.rebuilt(), "the status-change time tells the file was rewritten");
            assertEquals(DataFiles.fromDirectory(data).contentHash(), after.hash());
        }
    }

    @Test
    void filesChangedJustNow_haveNoStamp_andAreHashed() throws Exception {
        Path data = dataCopy();
        assertEquals(Optional.empty(), DataFiles.fromDirectory(data).stamp());
        try (SqliteSituationStore store = SqliteSituationStore.open(dir.resolve("s.db"))) {
            String hash = new BuiltinDataLoader().ensureCurrent(store, DataFiles.fromDirectory(data)).hash();
            assertEquals(Optional.empty(), store.builtinStamp(hash));
        }
    }
}
