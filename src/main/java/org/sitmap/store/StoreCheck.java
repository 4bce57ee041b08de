package org.sitmap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full health check of a database file, read-only (it never repairs or moves anything): SQLite's
 * {@code integrity_check}, foreign keys, the schema version, and the counts of built-in and user rows.
 */
public final class StoreCheck {
    /** What the check found; {@link #damaged()} when anything is wrong with the file's structure. */
    public record Report(Path file, int schemaVersion, int knownVersion, List<String> integrity, List<String> foreignKeys,
                         Map<String, String> counts, List<String> remarks) {
        public boolean damaged() {
            return !integrity.equals(List.of("ok")) || !foreignKeys.isEmpty() || schemaVersion > knownVersion;
        }
    }

    private StoreCheck() {
    }

    public static Report run(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) throw new StoreException("There is no database at " + file, null);
        List<String> integrity = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        Map<String, String> counts = new LinkedHashMap<>();
        List<String> remarks = new ArrayList<>();
        int version = -1;
        try (Connection c = Files.isWritable(file.toAbsolutePath().getParent()) ? SqliteConnections.openForReading(file)
                : SqliteConnections.open(file, true); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(50)")) {
                while (rs.next()) integrity.add(rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) foreignKeys.add(rs.getString(1) + " row " + rs.getLong(2) + " points at a missing " + rs.getString(3));
            }
            for (String table : List.of("faction", "locality", "source", "control_change", "event", "citation")) {
                try (ResultSet rs = s.executeQuery(Sql.countByOrigin(table))) {
                    StringBuilder b = new StringBuilder();
                    while (rs.next()) b.append(b.isEmpty() ? "" : ", ").append(rs.getLong(2)).append(' ').append(rs.getString(1));
                    counts.put(table, b.isEmpty() ? "empty" : b.toString());
                }
            }
            try (ResultSet rs = s.executeQuery(Sql.USER_ROWS_WITHOUT_PREFIX)) {
                if (rs.next() && rs.getLong(1) > 0) remarks.add(rs.getLong(1) + " user rows have ids without the 'u.' prefix"
                        + " (made by an older Sitmap); a built-in update could collide with them");
            }
        } catch (SQLException e) {
            integrity.add(SqliteConnections.isDamage(e) ? "the file is not a readable SQLite database: " + e.getMessage()
                    : "cannot be checked: " + e.getMessage());
        }
        if (version > Sql.MIGRATIONS.size()) remarks.add("written by a newer Sitmap: use that version");
        return new Report(file, version, Sql.MIGRATIONS.size(), integrity, foreignKeys, counts, remarks);
    }
}
