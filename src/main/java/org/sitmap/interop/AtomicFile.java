package org.sitmap.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file under a temporary name in the same directory and moves it into place only when complete. */
public final class AtomicFile {
    /** Writing to the temporary path. */
    @FunctionalInterface
    public interface Writing {
        void to(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path out, Writing writing) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // The temporary name ends in the real one, so tools that check the extension accept it.
        Path tmp = Files.createTempFile(dir, ".part-", "-" + out.getFileName());
        try {
            writing.to(tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
