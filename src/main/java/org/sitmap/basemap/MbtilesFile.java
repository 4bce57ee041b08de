package org.sitmap.basemap;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An MBTiles 1.3 file (SQLite): the base map's tile cache, and user-supplied tile sets. Rows are addressed as
 * MBTiles stores them (TMS, row 0 in the south); callers convert from XYZ. All SQL of tile storage lives here as
 * named constants; the one class outside {@code store} with SQL, because the file format is SQLite. Thread-safe: calls are serialised on the one connection, which is cheap next to rendering.
 * {@link #close()} releases the file.
 */
public final class MbtilesFile implements AutoCloseable {
    static final String CREATE_METADATA = "CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT)";
    static final String CREATE_TILES = "CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER, tile_column INTEGER,"
            + " tile_row INTEGER, tile_data BLOB, PRIMARY KEY (zoom_level, tile_column, tile_row))";
    static final String SELECT_TILE = "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";
    static final String UPSERT_TILE = "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)";
    static final String SELECT_METADATA = "SELECT name, value FROM metadata";
    static final String UPSERT_METADATA = "INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)";
    static final String COUNT_TILES = "SELECT COUNT(*) FROM tiles";

    private final Connection connection;
    private final boolean readOnly;

    private MbtilesFile(Connection connection, boolean readOnly) {
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens an existing tile set without writing to it (e.g. one the user prepared in QGIS). */
    public static MbtilesFile openReadOnly(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) throw new IOException("No MBTiles file at " + file, null);
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            return new MbtilesFile(config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()), true);
        } catch (SQLException e) {
            throw new IOException("Could not open the tile set " + file, e);
        }
    }

    /** Opens, or creates, a writable tile set. */
    public static MbtilesFile openWritable(Path file) throws IOException {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute(CREATE_METADATA);
                s.execute(CREATE_TILES);
            }
            return new MbtilesFile(c, false);
        } catch (SQLException | IOException e) {
            throw new IOException("Could not open the tile cache " + file, e);
        }
    }

    /** The tile's bytes (PNG or JPEG as stored), if present. */
    public synchronized Optional<byte[]> tile(int zoom, long column, long tmsRow) throws IOException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT_TILE)) {
            ps.setInt(1, zoom);
            ps.setLong(2, column);
            ps.setLong(3, tmsRow);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException("Could not read tile " + zoom + "/" + column + "/" + tmsRow, e);
        }
    }

    public synchronized void putTile(int zoom, long column, long tmsRow, byte[] data) throws IOException {
        requireWritable();
        try (PreparedStatement ps = connection.prepareStatement(UPSERT_TILE)) {
            ps.setInt(1, zoom);
            ps.setLong(2, column);
            ps.setLong(3, tmsRow);
            ps.setBytes(4, data);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Could not store tile " + zoom + "/" + column + "/" + tmsRow, e);
        }
    }

    public synchronized Map<String, String> metadata() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(SELECT_METADATA); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            return out;
        } catch (SQLException e) {
            throw new IOException("Could not read the tile set's metadata", e);
        }
    }

    public synchronized void putMetadata(String name, String value) throws IOException {
        requireWritable();
        try (PreparedStatement ps = connection.prepareStatement(UPSERT_METADATA)) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Could not write the tile set's metadata", e);
        }
    }

    public synchronized long tileCount() throws IOException {
        try (PreparedStatement ps = connection.prepareStatement(COUNT_TILES); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IOException("Could not count tiles", e);
        }
    }

    private void requireWritable() throws IOException {
        if (readOnly) throw new IOException("The tile set is open read-only", null);
    }

    /** Closes the connection; further calls fail. */
    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(MbtilesFile.class).warn("Closing a tile set failed", e);
        }
    }
}
