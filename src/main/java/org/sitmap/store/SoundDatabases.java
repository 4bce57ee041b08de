package org.sitmap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The database files this run found sound ({@code PRAGMA quick_check}), with their metadata at the time: a store
 * opened again on an unchanged file need not read all of it again (the window opens the store twice at start, and
 * edits and imports open it too; issue 18, cold start: the check reads the whole file, 66 MB at benchmark scale 100).
 * <p>
 * The metadata is the file's and its write-ahead log's (when not empty) size, modification and status-change times and
 * inode, taken before the check: any write to either, by this program or another (a damage included), changes it, so the file is
 * checked again. What is given up is a damage that changes neither size nor times within the file system's time
 * granularity; SQLite still reports it on the first read that meets it, and the next start checks the file whole.
 */
final class SoundDatabases {
    private static final Map<Path, String> FOUND_SOUND = new ConcurrentHashMap<>();

    private SoundDatabases() {
    }

    /** The metadata of {@code file} and its write-ahead log now, empty when it cannot be read. */
    static Optional<String> stamp(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            // An empty log holds nothing to check; SQLite touches it at every open, so its times would always differ.
            boolean empty = !Files.exists(wal) || Files.size(wal) == 0;
            return Optional.of(stampOf(file) + "|" + (empty ? "-" : stampOf(wal)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String stampOf(Path p) throws IOException {
        if (!Files.exists(p)) return "-";
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        Object changed;
        try {
            changed = Files.getAttribute(p, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            changed = null;
        }
        return a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " "
                + (changed instanceof FileTime t ? t.to(TimeUnit.NANOSECONDS) : "-") + " " + a.fileKey();
    }

    /** True when this run found {@code file} sound when its metadata was {@code stamp}. */
    static boolean foundSound(Path file, Optional<String> stamp) {
        return stamp.isPresent() && stamp.get().equals(FOUND_SOUND.get(key(file)));
    }

    /** Notes that the check found {@code file} sound when its metadata was {@code stamp} (taken before the check). */
    static void noteSound(Path file, Optional<String> stamp) {
        stamp.ifPresent(s -> FOUND_SOUND.put(key(file), s));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
