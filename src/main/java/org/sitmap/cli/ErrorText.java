package org.sitmap.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.sitmap.io.Printable;

/** A failed command's message for the terminal: what failed and why, never only a path, never a control character. */
final class ErrorText {
    private ErrorText() {
    }

    static String of(Exception e) {
        if (e instanceof NoSuchFileException f) return "cannot use " + f.getFile() + ": no such file or folder";
        if (e instanceof AccessDeniedException f) return "cannot use " + f.getFile() + ": permission denied";
        if (e instanceof FileAlreadyExistsException f) return "cannot create " + f.getFile() + ": it exists and is not a folder";
        if (e instanceof FileSystemException f) {
            return "cannot use " + f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Printable.of(m, 2000);
    }
}
