package org.sitmap.basemap;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitmap.platform.SqliteUrl;

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
    /** The blob only when it is no larger than the cap (so a hostile file cannot make us read a huge one), and its size. */
    static final String SELECT_TILE = "SELECT CASE WHEN length(tile_data) <= ? THEN tile_data END, length(tile_data) FROM tiles"
            + " WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";
    /** No real 256 or 512 px tile comes near this; the same cap as for downloaded tiles. */
    static final int MAX_TILE_BYTES = XyzTileSource.MAX_TILE_BYTES;
    static final String UPSERT_TILE = "INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)";
    static final String SELECT_METADATA = "SELECT name, value FROM metadata";
    static final String UPSERT_METADATA = "INSERT OR REPLACE INTO metadata (name, value) VALUES (?, ?)";
    static final String COUNT_TILES = "SELECT COUNT(*) FROM tiles";

    private final Connection connection;
    private final boolean readOnly;
    private final String name;

    private MbtilesFile(Connection connection, boolean readOnly, Path file) {
        this.connection = connection;
        this.readOnly = readOnly;
        this.name = String.valueOf(file.getFileName());
    }

    /** SQLite's own words for what is wrong (xerial wraps them as "[CODE] text (words)"). */
    private static String why(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        java.util.regex.Matcher last = java.util.regex.Pattern.compile("\\(([^()]*)\\)\\s*$").matcher(m);
        return last.find() ? last.group(1) : m;
    }

    /** Opens an existing tile set without writing to it (e.g. one the user prepared in QGIS); refuses a file that is not one. */
    public static MbtilesFile openReadOnly(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (!java.nio.file.Files.isRegularFile(file)) throw new IOException("No MBTiles file at " + file, null);
        if (java.nio.file.Files.size(file) == 0) throw new IOException(name + ": the file is empty, not an MBTiles tile set");
        Connection c = null;
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
            c = config.createConnection(SqliteUrl.readingLive(file));
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = 'tiles'")) {
                if (!rs.next() || rs.getInt(1) == 0) throw new IOException(name + ": not an MBTiles tile set (it has no tiles table)");
            }
            return new MbtilesFile(c, true, file);
        } catch (SQLException e) {
            close(c);
            throw new IOException(name + ": not a readable MBTiles tile set (" + why(e) + ")", e);
        } catch (IOException e) {
            close(c);
            throw e;
        }
    }

    private static void close(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing: the first problem is the one to report
        }
    }

    /** Opens, or creates, a writable tile set. */
    public static MbtilesFile openWritable(Path file) throws IOException {
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI); // the path is a URI: no character of it is an option
            Connection c = config.createConnection(SqliteUrl.of(file, false));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute(CREATE_METADATA);
                s.execute(CREATE_TILES);
            }
            return new MbtilesFile(c, false, file);
        } catch (SQLException | IOException e) {
            throw new IOException("Could not open the tile cache " + file, e);
        }
    }

    /** The tile's bytes (PNG or JPEG as stored), if present. */
    public synchronized Optional<byte[]> tile(int zoom, long column, long tmsRow) throws IOException {
        try (PreparedStatement ps = connection.prepareStatement(SELECT_TILE)) {
            ps.setInt(1, MAX_TILE_BYTES);
            ps.setInt(2, zoom);
            ps.setLong(3, column);
            ps.setLong(4, tmsRow);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                byte[] data = rs.getBytes(1);
                if (data == null && rs.getLong(2) > MAX_TILE_BYTES) {
                    throw new IOException(name + ": tile " + zoom + "/" + column + "/" + tmsRow + " is larger than "
                            + MAX_TILE_BYTES / 1024 + " KB: not a map tile");
                }
                return Optional.ofNullable(data);
            }
        } catch (SQLException e) {
            throw new IOException(name + ": could not read tile " + zoom + "/" + column + "/" + tmsRow + " (" + why(e) + ")", e);
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
            throw new IOException(name + ": could not read the tile set's metadata (" + why(e) + ")", e);
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
