package org.sitmap.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An advisory lock beside the database ({@code NAME.lock}) held while a store is open, so a second copy of
 * Sitmap on the same file can say so. It guards nothing itself: SQLite's own locking keeps concurrent writes safe.
 */
final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) holds it or the folder does not allow it. */
    static Optional<InstanceLock> tryAcquire(Path database) {
        Path file = database.resolveSibling(database.getFileName() + ".lock");
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock l = ch.tryLock();
                if (l != null) return Optional.of(new InstanceLock(ch, l));
            } catch (OverlappingFileLockException e) {
                // held by another store of this JVM
            }
            ch.close();
        } catch (IOException e) {
            // a read-only folder: no lock, no notice
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing a lock file cannot lose data
        }
    }
}
