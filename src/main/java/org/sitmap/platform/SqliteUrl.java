package org.sitmap.platform;

import java.nio.file.Path;

/**
 * JDBC URLs for SQLite files that no character of the path can change: the path goes in as a percent-encoded
 * {@code file:} URI, so a {@code ?} or {@code #} in a folder name is part of the name, never an option.
 */
public final class SqliteUrl {
    private SqliteUrl() {
    }

    /**
     * The URL of {@code file}. With {@code readOnly} the file is opened read-only and treated as immutable
     * (no locks, no journal files), which is what a read-only folder allows.
     * The connection must be opened with SQLite's URI flag ({@code SQLiteOpenMode.OPEN_URI}).
     */
    public static String of(Path file, boolean readOnly) {
        return readOnly ? url(file) + "?mode=ro&immutable=1" : url(file);
    }

    /** Read-only, but still taking SQLite's locks and reading its WAL: for looking at a file another process uses. */
    public static String readingLive(Path file) {
        return url(file) + "?mode=ro";
    }

    private static String url(Path file) {
        // Path.toUri percent-encodes space, '#' and '%', but keeps '?' (legal in a URI path): encode it too.
        String uri = file.toAbsolutePath().normalize().toUri().toString().replace("?", "%3F");
        return "jdbc:sqlite:" + uri;
    }
}
