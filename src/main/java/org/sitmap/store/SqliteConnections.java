package org.sitmap.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sitmap.platform.SqliteUrl;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

/** Opens SQLite connections the one way the store uses them: path as a URI, busy timeout first, WAL, foreign keys. */
final class SqliteConnections {
    /** How long a writer waits for another process's transaction before giving up. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private SqliteConnections() {
    }

    static Connection open(Path file, boolean readOnly) throws SQLException {
        return open(file, readOnly, readOnly ? SqliteUrl.of(file, true) : SqliteUrl.of(file, false));
    }

    /** A read-only connection that changes nothing in the file, yet sees what other connections committed. */
    static Connection openForReading(Path file) throws SQLException {
        return open(file, true, SqliteUrl.readingLive(file));
    }

    private static Connection open(Path file, boolean readOnly, String url) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        // Off: otherwise the driver runs a regex and a "SELECT last_insert_rowid()" after every INSERT, which was a
        // third of an ACLED import's time. The one insert that needs its key asks for it (Sql.LAST_ROWID).
        config.setGetGeneratedKeys(false);
        // Every transaction takes the write lock when it begins, so a read-then-write never fails on a snapshot
        // another process moved on from; it waits for the busy timeout instead.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (readOnly) config.setReadOnly(true);
        Connection c = DriverManager.getConnection(url, config.toProperties());
        if (!readOnly) {
            try {
                switchToWal(c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        }
        return c;
    }

    /**
     * WAL is a property of the file, set once. Switching needs an exclusive lock, for which SQLite does not wait
     * on its busy handler; when two first starts race for it, the loser retries until the winner has switched.
     */
    private static void switchToWal(Connection c) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        for (int attempt = 0; ; attempt++) {
            try (Statement s = c.createStatement()) {
                String mode;
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    mode = rs.next() ? rs.getString(1) : "";
                }
                if ("wal".equalsIgnoreCase(mode)) return;
                s.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                boolean busy = e instanceof SQLiteException se && se.getResultCode().name().startsWith("SQLITE_BUSY");
                if (!busy || System.nanoTime() > deadline) throw e;
                try {
                    Thread.sleep(Math.min(200, 10L << Math.min(attempt, 4)));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** {@code PRAGMA quick_check}'s verdict: "ok" for a sound file. */
    static String quickCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /** True when SQLite says the file is not a database or is corrupt (as opposed to busy, missing or read-only). */
    static boolean isDamage(SQLException e) {
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            return code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT
                    || code.name().startsWith("SQLITE_CORRUPT");
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT") || m.contains("malformed");
    }
}
