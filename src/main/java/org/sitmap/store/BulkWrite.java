package org.sitmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings of a large write inside ONE open transaction, and their undoing: the secondary indexes of
 * {@link Sql#BULK_INDEXES} dropped at the start and built again by {@link #finish()} before the commit, and a larger page
 * cache while it runs. Durability is untouched (journal and synchronous stay as they are): the drop, the rows and the
 * new indexes commit or roll back together, so a failed write leaves the indexes as they were.
 *
 * <p>The page cache: with SQLite's default of 2 MB, inserting 200,000 rows with random keys into the primary-key
 * indexes spills pages to the journal again and again; {@value #CACHE_KIB} KiB hold the indexes being written at the
 * scale the benchmark uses. It is per connection, bounded (not growing with the data), and restored by {@link #close()}.
 */
final class BulkWrite implements AutoCloseable {
    /** The page cache during a bulk write, in KiB. */
    static final int CACHE_KIB = 64 * 1024;
    /**
     * The page cache during an import, in KiB: its rows arrive with their keys mostly in order, so few pages are
     * written again, and a smaller cache spills to the WAL while rows are still coming instead of leaving it all
     * to the commit (200,000 ACLED rows: 1.84-2.03 s against 2.03-2.30 s with {@link #CACHE_KIB}, in a one-off
     * JDBC harness, three alternated runs).
     */
    static final int IMPORT_CACHE_KIB = 16 * 1024;
    private final Connection connection;
    private final long previousCache;
    private final List<String> dropped = new ArrayList<>();
    private boolean finished;

    /** Starts, dropping the indexes: call inside the transaction, before the rows are written. */
    BulkWrite(Connection connection) throws SQLException {
        this(connection, true);
    }

    /**
     * Starts; {@code dropIndexes} false keeps the indexes (an import, which may add ten rows to a store of a
     * million, and whose keys mostly arrive in order) and only sets the page cache ({@link #IMPORT_CACHE_KIB}).
     */
    BulkWrite(Connection connection, boolean dropIndexes) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
                previousCache = rs.next() ? rs.getLong(1) : -2000;
            }
            s.execute("PRAGMA cache_size = -" + (dropIndexes ? CACHE_KIB : IMPORT_CACHE_KIB)); // constants of ours, not input
            if (dropIndexes) for (Map.Entry<String, String> index : Sql.BULK_INDEXES.entrySet()) {
                if (!exists(index.getKey())) continue; // a store at an older schema version has none yet
                s.execute("DROP INDEX " + index.getKey()); // names are constants of ours, not input
                dropped.add(index.getValue());
            }
        }
    }

    private boolean exists(String index) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.INDEX_EXISTS)) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** Builds the dropped indexes again; call inside the transaction, after the last row and before the commit. */
    void finish() throws SQLException {
        if (finished) return;
        finished = true;
        try (Statement s = connection.createStatement()) {
            for (String create : dropped) s.execute(create);
        }
    }

    /** Restores the page cache. Without {@link #finish()}, the caller rolls back, which brings the indexes back. */
    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = " + previousCache);
        }
    }
}
