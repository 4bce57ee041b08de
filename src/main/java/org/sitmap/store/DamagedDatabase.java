package org.sitmap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the store does with a database file SQLite calls damaged: keep it aside under a dated name (never delete
 * it), and copy every user row that can still be read into the new file. Built-in rows are not copied: they are
 * rebuilt from the shipped data.
 */
final class DamagedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(DamagedDatabase.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** Rows copied per table, and the tables that could not be read to the end. */
    record Recovery(Path keptAside, Map<String, Integer> rows, List<String> unreadable) {
        int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private DamagedDatabase() {
    }

    /** Renames the file (and its WAL and shared-memory files) to {@code NAME.damaged-YYYYMMDD-HHMMSS}. */
    static Path keepAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        for (int n = 2; Files.exists(aside); n++) aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + "-" + n);
        Files.move(file, aside);
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(side)) Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
        }
        return aside;
    }

    /**
     * Copies the user's rows of every table {@code target} has from the damaged file, row by row, in one
     * transaction: a table that breaks off mid-way keeps the rows read before the damage. Foreign keys are off
     * while copying because user rows may point at built-in rows that are rebuilt afterwards.
     */
    static Recovery recoverUserRows(Path damaged, Connection target) throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        Connection old;
        try {
            old = SqliteConnections.open(damaged, true);
        } catch (SQLException e) {
            LOG.warn("Nothing can be read from the damaged database {}", damaged, e);
            return new Recovery(damaged, rows, List.of("the whole file"));
        }
        try (old; Statement off = target.createStatement()) {
            off.execute("PRAGMA foreign_keys=OFF");
            target.setAutoCommit(false);
            try {
                for (String table : tables(target)) {
                    Set<String> shared = columns(target, table);
                    try {
                        shared.retainAll(columns(old, table));
                    } catch (SQLException e) {
                        unreadable.add(table);
                        continue;
                    }
                    if (shared.isEmpty()) continue;
                    int copied = copy(old, target, table, shared, unreadable);
                    if (copied > 0) rows.put(table, copied);
                }
                target.commit();
            } catch (SQLException e) {
                target.rollback();
                throw e;
            } finally {
                target.setAutoCommit(true);
                off.execute("PRAGMA foreign_keys=ON");
            }
        }
        return new Recovery(damaged, rows, unreadable);
    }

    private static int copy(Connection old, Connection target, String table, Set<String> columns, List<String> unreadable)
            throws SQLException {
        String cols = String.join(", ", columns.stream().map(c -> '"' + c + '"').toList());
        // Table and column names come from sqlite_master of our own schema, never from input.
        String select = "SELECT " + cols + " FROM \"" + table + "\"" + (columns.contains("origin") ? " WHERE origin = ?" : "");
        String insert = "INSERT OR IGNORE INTO \"" + table + "\" (" + cols + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        int copied = 0;
        try (PreparedStatement read = old.prepareStatement(select); PreparedStatement write = target.prepareStatement(insert)) {
            if (columns.contains("origin")) read.setString(1, Sql.USER);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) write.setObject(i, rs.getObject(i));
                    copied += write.executeUpdate();
                }
            }
        } catch (SQLException e) {
            if (!SqliteConnections.isDamage(e)) throw e;
            LOG.warn("Table {} of the damaged database breaks off after {} rows", table, copied, e);
            unreadable.add(table);
        }
        return copied;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'meta' ORDER BY rowid")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
