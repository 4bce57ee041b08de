package org.sitmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database found sound is checked again as soon as anything was written to it (issue 18: the check per open). */
class SoundDatabasesTest {
    @TempDir
    Path dir;

    @Test
    void anOpenStoreFoundSound_isNotCheckedAgainUntilSomethingIsWritten() throws Exception {
        Path db = dir.resolve("s.db");
        SqliteSituationStore.open(db).close(); // created: the schema written after the check
        try (SqliteSituationStore first = SqliteSituationStore.open(db)) {
            var unchanged = SoundDatabases.stamp(db);
            assertTrue(SoundDatabases.foundSound(db, unchanged), "the open just checked it");
            try (SqliteSituationStore second = SqliteSituationStore.open(db)) {
                assertEquals(unchanged, SoundDatabases.stamp(db), "opening and reading change nothing");
                second.addUserData(StoreSafetyTest.userRows("1"));
            }
            assertNotEquals(unchanged, SoundDatabases.stamp(db));
            assertFalse(SoundDatabases.foundSound(db, SoundDatabases.stamp(db)), "written since: checked at the next open");
        }
    }

    @Test
    void bytesChangedBehindTheStoresBack_makeItCheckedAgain() throws Exception {
        Path db = dir.resolve("s.db");
        SqliteSituationStore.open(db).close();
        SqliteSituationStore.open(db).close();
        var sound = SoundDatabases.stamp(db);
        assertTrue(SoundDatabases.foundSound(db, sound));
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek(f.length() - 16);
            f.write(new byte[] {1, 2, 3, 4});
        }
        assertFalse(SoundDatabases.foundSound(db, SoundDatabases.stamp(db)));
    }
}
