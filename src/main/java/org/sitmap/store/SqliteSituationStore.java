package org.sitmap.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.CoordinateSource;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.DayRange;
import org.sitmap.domain.EditAction;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.Event;
import org.sitmap.domain.EventType;
import org.sitmap.domain.Faction;
import org.sitmap.domain.GeoPoint;
import org.sitmap.domain.ImportedZone;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;
import org.sitmap.domain.Precision;
import org.sitmap.domain.ProposalStatus;
import org.sitmap.domain.ProposedChange;
import org.sitmap.domain.ReportedTime;
import org.sitmap.domain.RowKind;
import org.sitmap.domain.RowWrite;
import org.sitmap.domain.Source;
import org.sitmap.domain.UserRow;
import org.sitmap.domain.Succession;
import org.sitmap.domain.SuccessionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SituationStore} on an SQLite file: WAL journal, foreign keys on, schema migrated in order through
 * {@code PRAGMA user_version}. One connection; not thread-safe (run it on one background thread).
 */
public final class SqliteSituationStore implements SituationStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteSituationStore.class);
    private final Connection connection;
    private final Path file;
    private final boolean readOnly;
    private final List<StoreNotice> notices;
    private final InstanceLock instanceLock; // null when another copy holds it
    /**
     * The built-in dataset this store just wrote and its hash, until the first {@link #load()}: a first start then
     * shows what it wrote instead of reading 200,000 events straight back (a test holds the two equal). Null once
     * used, or once this store writes anything else.
     */
    private Dataset written;
    private String writtenHash;

    private SqliteSituationStore(Path file, Connection connection, boolean readOnly, List<StoreNotice> notices,
                                 InstanceLock instanceLock) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.notices = List.copyOf(notices);
        this.instanceLock = instanceLock;
    }

    /**
     * Opens (creating if needed) the database file and migrates its schema to the current version. A damaged file
     * is kept aside under a dated name and replaced by a new one holding the user's rows that could still be read
     * (see {@link #notices()}); a read-only file or folder opens read-only; a file from a newer Sitmap is refused.
     */
    public static SqliteSituationStore open(Path file) throws StoreException {
        return open(file, Sql.MIGRATIONS.size());
    }

    /** Opens and migrates only up to {@code targetVersion}; for tests of migration paths. */
    static SqliteSituationStore open(Path file, int targetVersion) throws StoreException {
        List<StoreNotice> notices = new ArrayList<>();
        boolean readOnly = isReadOnly(file);
        if (readOnly) notices.add(new StoreNotice(StoreNotice.Kind.READ_ONLY, "The database " + file
                + " is read-only: Sitmap shows what it holds but cannot save changes or update its built-in data."));
        Connection c = null;
        try {
            if (!readOnly && file.getParent() != null) Files.createDirectories(file.getParent());
            try {
                c = SqliteConnections.open(file, readOnly);
                Optional<String> stamp = SoundDatabases.stamp(file);
                if (!SoundDatabases.foundSound(file, stamp)) {
                    String verdict = SqliteConnections.quickCheck(c);
                    if (!"ok".equals(verdict)) throw new SQLException("SQLITE_CORRUPT: " + verdict);
                    SoundDatabases.noteSound(file, stamp);
                }
            } catch (SQLException e) {
                if (c != null) c.close();
                if (!SqliteConnections.isDamage(e)) throw e;
                if (readOnly) throw new StoreException("The database " + file + " is damaged (" + e.getMessage()
                        + ") and read-only, so it cannot be rebuilt. Copy it to a writable folder, or move it aside.", e);
                c = recover(file, targetVersion, e, notices);
            }
            migrate(file, c, targetVersion, readOnly);
            InstanceLock lock = readOnly ? null : InstanceLock.tryAcquire(file).orElse(null);
            if (!readOnly && lock == null) notices.add(new StoreNotice(StoreNotice.Kind.OPEN_ELSEWHERE, "The database "
                    + file + " is also open in another Sitmap. Both can save safely; each sees the other's changes"
                    + " only after reopening."));
            return new SqliteSituationStore(file, c, readOnly, notices, lock);
        } catch (SQLException | java.io.IOException e) {
            closeQuietly(c); // not logged here: whoever handles the exception logs it, once
            throw new StoreException("Cannot open the database " + file + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static boolean isReadOnly(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (Files.exists(file)) return !Files.isWritable(file) || (dir != null && !Files.isWritable(dir));
        return false;
    }

    private static Connection recover(Path file, int targetVersion, SQLException damage, List<StoreNotice> notices)
            throws SQLException, java.io.IOException {
        Path aside = DamagedDatabase.keepAside(file);
        // the user is told through the RECOVERED notice; the log file keeps the damage
        LOG.info("The database {} is damaged; kept aside as {}", file, aside, damage);
        Connection fresh = SqliteConnections.open(file, false);
        migrate(file, fresh, targetVersion, false);
        DamagedDatabase.Recovery r = DamagedDatabase.recoverUserRows(aside, fresh);
        notices.add(new StoreNotice(StoreNotice.Kind.RECOVERED, "The database " + file + " was damaged. It is kept"
                + " unchanged as " + aside.getFileName() + "; a new one was made, the built-in data rebuilt, and "
                + r.total() + " of your rows recovered" + (r.unreadable().isEmpty() ? "."
                : " (unreadable: " + String.join(", ", r.unreadable()) + ").")));
        return fresh;
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one reported
        }
    }

    /**
     * Brings the schema to {@code target}. The version is re-read inside {@code BEGIN IMMEDIATE}, SQLite's write
     * lock, so two first starts at once cannot both run a migration: the second waits, then finds nothing to do.
     */
    private static void migrate(Path file, Connection connection, int target, boolean readOnly) throws SQLException {
        int version = userVersion(connection);
        if (version > Sql.MIGRATIONS.size()) {
            throw new SQLException("it was written by a newer Sitmap (schema version " + version + ", this program knows "
                    + Sql.MIGRATIONS.size() + "); use that version or newer. The file is left unchanged");
        }
        if (version >= target) return;
        if (readOnly) throw new SQLException("it is read-only and needs upgrading to schema version " + target
                + "; copy it to a writable folder");
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                for (int v = userVersion(connection); v < target; v++) {
                    for (String ddl : Sql.MIGRATIONS.get(v)) s.execute(ddl);
                    s.execute("PRAGMA user_version = " + (v + 1)); // an int we control, not user input
                    LOG.info("Migrated {} to schema version {}", file, v + 1);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public List<StoreNotice> notices() {
        return notices;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public int schemaVersion() throws StoreException {
        try {
            return userVersion(connection);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    @Override
    public Optional<String> builtinHash() throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.GET_META)) {
            ps.setString(1, Sql.META_BUILTIN_HASH);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the dataset version", e);
        }
    }

    @Override
    public Optional<String> builtinStamp(String hash) throws StoreException {
        Optional<String> stored = builtinHash();
        if (stored.isEmpty() || !stored.get().equals(hash)) return Optional.empty();
        try (PreparedStatement ps = connection.prepareStatement(Sql.GET_META)) {
            ps.setString(1, Sql.META_BUILTIN_STAMP);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                // Kept with the hash it was taken for: after a rebuild by another copy it vouches for nothing.
                String value = rs.getString(1);
                String prefix = hash + "\n";
                return value.startsWith(prefix) ? Optional.of(value.substring(prefix.length())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the dataset version", e);
        }
    }

    @Override
    public void recordBuiltinStamp(String hash, String stamp) throws StoreException {
        if (readOnly) return;
        inTransaction("record the dataset version", () -> {
            try (PreparedStatement ps = connection.prepareStatement(Sql.PUT_META)) {
                ps.setString(1, Sql.META_BUILTIN_STAMP);
                ps.setString(2, hash + "\n" + stamp);
                ps.executeUpdate();
            }
        });
    }

    @Override
    public void replaceBuiltin(Dataset dataset, String contentHash) throws StoreException {
        written = null;
        inTransaction("replace the built-in dataset", () -> {
            try (Statement s = connection.createStatement()) {
                // User rows may point at built-in localities and sources: check references at commit, not per delete.
                s.execute("PRAGMA defer_foreign_keys = ON");
            }
            // The whole built-in part is rewritten: secondary indexes are built once at the end (BulkWrite).
            try (BulkWrite bulk = new BulkWrite(connection)) {
                for (String sql : Sql.DELETE_BY_ORIGIN) {
                    try (PreparedStatement ps = connection.prepareStatement(sql)) {
                        ps.setString(1, Sql.BUILTIN);
                        ps.executeUpdate();
                    }
                }
                insert(dataset, Sql.BUILTIN);
                refuseBrokenUserRows();
                bulk.finish();
            }
            try (PreparedStatement ps = connection.prepareStatement(Sql.PUT_META)) {
                ps.setString(1, Sql.META_BUILTIN_HASH);
                ps.setString(2, contentHash);
                ps.executeUpdate();
            }
        });
        written = dataset;
        writtenHash = contentHash;
    }

    /** Inside the rebuild's transaction: fails, naming the user rows, when the new built-in data breaks one. */
    private void refuseBrokenUserRows() throws SQLException {
        List<String> broken = new ArrayList<>();
        List<String> checks = new ArrayList<>(Sql.BROKEN_USER_REFERENCES);
        if (userVersion(connection) >= Sql.MIGRATIONS.indexOf(Sql.EDITS_MIGRATION) + 1) checks.addAll(Sql.BROKEN_USER_OVERRIDES);
        for (String sql : checks) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, Sql.USER);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        broken.add("your " + rs.getString(1) + " " + rs.getString(2) + " refers to " + rs.getString(3)
                                + " " + rs.getString(4) + ", which the new built-in data no longer has");
                    }
                }
            }
        }
        if (!broken.isEmpty()) {
            throw new RefusedRebuild("the built-in data was not updated: " + String.join("; ", broken.subList(0, Math.min(5, broken.size())))
                    + (broken.size() > 5 ? "; and " + (broken.size() - 5) + " more" : ""));
        }
    }

    @Override
    public void addUserData(Dataset rows) throws StoreException {
        written = null;
        inTransaction("save your data", () -> insert(rows, Sql.USER));
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(String what, SqlWork work) throws StoreException {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Rows sent to the driver per batch. */
    private static final int BATCH_ROWS = 4096;

    private void insert(Dataset d, String origin) throws SQLException {
        // Each kind of row is written only when there is some: a store opened at an older schema version for a
        // migration test can then take the rows that version knows.
        if (!d.factions().isEmpty()) try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_FACTION)) {
            for (Faction f : d.factions()) {
                ps.setString(1, f.id());
                ps.setString(2, origin);
                ps.setString(3, f.name());
                ps.setString(4, f.nameAr());
                ps.setString(5, f.color());
                ps.setInt(6, f.holdsGround() ? 1 : 0);
                ps.setString(7, String.join("|", f.members()));
                ps.setString(8, f.description());
                ps.setString(9, f.validFrom() == null ? null : f.validFrom().toString());
                ps.setString(10, f.validUntil() == null ? null : f.validUntil().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (!d.localities().isEmpty()) try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_LOCALITY)) {
            for (Locality l : d.localities()) {
                bindLocality(ps, l, origin);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (!d.sources().isEmpty()) try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_SOURCE)) {
            for (Source s : d.sources()) {
                bindSource(ps, s, origin);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (!d.changes().isEmpty()) try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_CHANGE);
             PreparedStatement cite = connection.prepareStatement(Sql.INSERT_CITATION)) {
            int pending = 0;
            for (ControlChange c : d.changes()) {
                bindChange(ps, c, origin);
                ps.addBatch();
                addCitations(cite, Sql.OWNER_CHANGE, c.id(), origin, c.citations());
                if (++pending == BATCH_ROWS) { // the driver holds a batch's values: bounded, not the whole dataset
                    ps.executeBatch();
                    cite.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
            cite.executeBatch();
        }
        if (!d.events().isEmpty()) try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_EVENT);
             PreparedStatement cite = connection.prepareStatement(Sql.INSERT_CITATION)) {
            int pending = 0;
            for (Event e : d.events()) {
                bindEvent(ps, e, origin);
                ps.addBatch();
                addFurtherCitations(cite, e.id(), origin, e.citations());
                if (++pending == BATCH_ROWS) { // the driver holds a batch's values: bounded, not the whole dataset
                    ps.executeBatch();
                    cite.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
            cite.executeBatch();
        }
        if (!d.successions().isEmpty()) try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_SUCCESSION);
             PreparedStatement cite = connection.prepareStatement(Sql.INSERT_CITATION)) {
            for (Succession s : d.successions()) {
                ps.setString(1, s.id());
                ps.setString(2, origin);
                ps.setString(3, s.from());
                ps.setString(4, s.to());
                setTime(ps, 5, s.when());
                ps.setString(8, s.kind().name());
                ps.setString(9, s.note());
                ps.addBatch();
                addCitations(cite, Sql.OWNER_SUCCESSION, s.id(), origin, s.citations());
            }
            ps.executeBatch();
            cite.executeBatch();
        }
        if (!d.aliases().isEmpty()) try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_ALIAS)) {
            for (Map.Entry<String, List<String>> e : d.aliases().entrySet()) {
                for (String alias : e.getValue()) {
                    ps.setString(1, e.getKey());
                    ps.setString(2, alias);
                    ps.setString(3, origin);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Binds the 13 values of {@link Sql#INSERT_LOCALITY}. */
    static void bindLocality(PreparedStatement ps, Locality l, String origin) throws SQLException {
        ps.setString(1, l.id());
        ps.setString(2, origin);
        ps.setString(3, l.nameEn());
        ps.setString(4, l.nameAr());
        ps.setString(5, l.kind().name());
        ps.setString(6, l.governorate());
        ps.setDouble(7, l.point().lat());
        ps.setDouble(8, l.point().lon());
        ps.setString(9, l.coordSource().name());
        ps.setString(10, l.coordRef());
        ps.setDouble(11, l.coordErrorKm());
        setLong(ps, 12, l.geonamesId());
        setLong(ps, 13, l.population());
    }

    /** Binds the 8 values of {@link Sql#INSERT_SOURCE}. */
    static void bindSource(PreparedStatement ps, Source s, String origin) throws SQLException {
        ps.setString(1, s.id());
        ps.setString(2, origin);
        ps.setString(3, s.outlet());
        ps.setString(4, s.title());
        ps.setString(5, s.published());
        ps.setString(6, s.url());
        ps.setString(7, s.language());
        ps.setString(8, s.seenOn());
    }

    /** Binds the 12 values of {@link Sql#INSERT_CHANGE}. */
    static void bindChange(PreparedStatement ps, ControlChange c, String origin) throws SQLException {
        ps.setString(1, c.id());
        ps.setString(2, origin);
        ps.setString(3, c.localityId());
        setTime(ps, 4, c.when());
        ps.setString(7, c.from());
        ps.setString(8, c.to());
        ps.setString(9, c.kind().name());
        ps.setString(10, c.confidence().name());
        ps.setInt(11, c.used() ? 1 : 0);
        ps.setString(12, c.note());
    }

    /** Binds the 16 values of {@link Sql#INSERT_EVENT}, the first citation included. */
    static void bindEvent(PreparedStatement ps, Event e, String origin) throws SQLException {
        ps.setString(1, e.id());
        ps.setString(2, origin);
        setTime(ps, 3, e.when());
        ps.setString(6, e.type().name());
        ps.setString(7, e.localityId());
        setDouble(ps, 8, e.point() == null ? null : e.point().lat());
        setDouble(ps, 9, e.point() == null ? null : e.point().lon());
        ps.setString(10, String.join("|", e.actors()));
        ps.setString(11, e.title());
        ps.setString(12, e.summary());
        setLong(ps, 13, e.fatalities() == null ? null : e.fatalities().longValue());
        ps.setString(14, e.confidence().name());
        bindFirstCitation(ps, 15, e.citations());
    }

    /** Binds an event's first citation (source, excerpt) at {@code first} and {@code first + 1}; nulls without one. */
    static void bindFirstCitation(PreparedStatement ps, int first, List<Citation> cs) throws SQLException {
        ps.setString(first, cs.isEmpty() ? null : cs.get(0).sourceId());
        ps.setString(first + 1, cs.isEmpty() ? null : cs.get(0).excerpt());
    }

    /** Adds to the batch an event's citations after the first (kept in its row), at positions 1…. */
    static void addFurtherCitations(PreparedStatement ps, String event, String origin, List<Citation> cs)
            throws SQLException {
        for (int i = 1; i < cs.size(); i++) {
            bindCitation(ps, Sql.OWNER_EVENT, event, origin, i, cs.get(i));
            ps.addBatch();
        }
    }

    static void addCitations(PreparedStatement ps, String kind, String owner, String origin, List<Citation> cs)
            throws SQLException {
        for (int i = 0; i < cs.size(); i++) {
            bindCitation(ps, kind, owner, origin, i, cs.get(i));
            ps.addBatch();
        }
    }

    /** Binds the 6 values of {@link Sql#INSERT_CITATION}. */
    static void bindCitation(PreparedStatement ps, String kind, String owner, String origin, int position, Citation c)
            throws SQLException {
        ps.setString(1, kind);
        ps.setString(2, owner);
        ps.setInt(3, position);
        ps.setString(4, origin);
        ps.setString(5, c.sourceId());
        ps.setString(6, c.excerpt());
    }

    static void setTime(PreparedStatement ps, int index, ReportedTime t) throws SQLException {
        ps.setString(index, t.date().toString());
        ps.setString(index + 1, t.time() == null ? null : t.time().toString());
        ps.setString(index + 2, t.precision().name());
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) ps.setNull(index, Types.INTEGER);
        else ps.setLong(index, value);
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) ps.setNull(index, Types.REAL);
        else ps.setDouble(index, value);
    }

    /** A row as stored, with the user-part columns. */
    private record Stored(String origin, String overrides, String retracted, Object value) {
        boolean user() {
            return Sql.USER.equals(origin);
        }
    }

    /** The rows of {@code origin} ('%' for all), factions apart. */
    private List<Stored> readRows(String origin) throws SQLException {
        return readRows(origin, true);
    }

    /** The rows of {@code origin} ('%' for all), factions apart, the events only if {@code withEvents}. */
    private List<Stored> readRows(String origin, boolean withEvents) throws SQLException {
        List<Stored> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_LOCALITIES)) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Stored(rs.getString(13), rs.getString(14), "", new Locality(rs.getString(1), rs.getString(2),
                            rs.getString(3), LocalityKind.valueOf(rs.getString(4)), rs.getString(5),
                            new GeoPoint(rs.getDouble(6), rs.getDouble(7)), CoordinateSource.valueOf(rs.getString(8)),
                            rs.getString(9), rs.getDouble(10), getLong(rs, 11), getLong(rs, 12))));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_SOURCES)) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Stored(rs.getString(8), rs.getString(9), "", new Source(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
                }
            }
        }
        RowText text = new RowText();
        Map<String, List<Citation>> citations = citationsOf(Sql.OWNER_CHANGE, origin);
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_CHANGES)) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    rows.add(new Stored(text.constant(rs.getString(12)), text.constant(rs.getString(13)),
                            text.constant(rs.getString(14)), new ControlChange(id, rs.getString(2), text.time(rs, 3),
                            rs.getString(6), rs.getString(7), ChangeKind.valueOf(rs.getString(8)),
                            Confidence.valueOf(rs.getString(9)), rs.getInt(10) == 1, rs.getString(11),
                            citations.getOrDefault(id, List.of()))));
                }
            }
        }
        if (!withEvents) return rows;
        citations = citationsOf(Sql.OWNER_EVENT, origin);  // those after each event's first
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_EVENTS)) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Double lat = getDouble(rs, 7), lon = getDouble(rs, 8);
                    Long fatalities = getLong(rs, 12);
                    rows.add(new Stored(text.constant(rs.getString(14)), text.constant(rs.getString(15)),
                            text.constant(rs.getString(16)), new Event(id, text.time(rs, 2),
                            EventType.valueOf(rs.getString(5)), rs.getString(6),
                            lat == null || lon == null ? null : new GeoPoint(lat, lon), text.actors(rs.getString(9)),
                            rs.getString(10), rs.getString(11), fatalities == null ? null : fatalities.intValue(),
                            Confidence.valueOf(rs.getString(13)),
                            eventCitations(rs.getString(17), rs.getString(18), citations.getOrDefault(id, List.of())))));
                }
            }
        }
        return rows;
    }

    /**
     * An event's citations: the first, kept in its row (absent in a row recovered from a file older than that), then
     * the further ones from the citation table.
     */
    private static List<Citation> eventCitations(String firstSource, String firstExcerpt, List<Citation> further) {
        if (firstSource == null) return further;
        Citation first = new Citation(firstSource, firstExcerpt == null ? "" : firstExcerpt);
        if (further.isEmpty()) return List.of(first);
        List<Citation> all = new ArrayList<>(further.size() + 1);
        all.add(first);
        all.addAll(further);
        return List.copyOf(all);
    }

    /** The citations of the owners of one kind ({@link Sql#OWNER_EVENT}...) and {@code origin}, by owner id, in order. */
    private Map<String, List<Citation>> citationsOf(String kind, String origin) throws SQLException {
        Map<String, List<Citation>> out = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_CITATIONS_OF_KIND)) {
            ps.setString(1, kind);
            ps.setString(2, origin);
            try (ResultSet rs = ps.executeQuery()) {
                String owner = null;
                List<Citation> list = null;
                while (rs.next()) {
                    String id = rs.getString(1);
                    // Rows come grouped by owner: one map entry per owner, put once its citations are all read.
                    if (!id.equals(owner)) {
                        if (owner != null) out.put(owner, List.copyOf(list));
                        owner = id;
                        list = new ArrayList<>(2);
                    }
                    list.add(new Citation(rs.getString(2), rs.getString(3)));
                }
                if (owner != null) out.put(owner, List.copyOf(list));
            }
        }
        return out;
    }

    private List<Faction> readFactions() throws SQLException {
        List<Faction> factions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_FACTIONS)) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String members = rs.getString(6);
                    factions.add(new Faction(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5) == 1, members.isEmpty() ? List.of() : Arrays.asList(members.split("\\|")), rs.getString(7),
                            date(rs.getString(8)), date(rs.getString(9))));
                }
            }
        }
        return factions;
    }

    private boolean hasUserRows() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.ANY_USER_ROW)) {
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || rs.getInt(1) != 0;
            }
        }
    }

    @Override
    public Dataset load() throws StoreException {
        Dataset justWritten = written;
        written = null;
        try {
            // Still exactly what was written (no user row, no other copy's rebuild since)? Then it is what a read gives.
            if (justWritten != null && builtinHash().filter(writtenHash::equals).isPresent() && !hasUserRows()) return justWritten;
            return read(true);
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("load the situation data", e);
        }
    }

    /**
     * Checks the events' days against the other rows' period with one query on the event table: the rows it reads
     * (every event not retracted) include all that {@link #load()} keeps, so events within those days cannot widen
     * the period. The data just written, if still current, is not read again (a later {@link #load()} still gets it).
     */
    @Override
    public Optional<Dataset> loadWithoutEvents() throws StoreException {
        try {
            Dataset rest;
            if (written != null && builtinHash().filter(writtenHash::equals).isPresent() && !hasUserRows()) {
                rest = new Dataset(written.factions(), written.localities(), written.sources(), written.changes(),
                        List.of(), written.successions(), written.aliases());
            } else {
                rest = read(false);
            }
            try (PreparedStatement ps = connection.prepareStatement(Sql.EVENT_DAYS); ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) return Optional.of(rest); // no events: this is all of it
                LocalDate first = LocalDate.parse(rs.getString(1)), last = LocalDate.parse(rs.getString(2));
                boolean within = rest.period().filter(p -> p.contains(new DayRange(first, last))).isPresent();
                return within ? Optional.of(rest) : Optional.empty();
            }
        } catch (SQLException | IllegalArgumentException | java.time.DateTimeException e) {
            throw failure("load the situation data", e);
        }
    }

    /** Reads every stored row as the map shows them (see {@link #load()}), the events only if {@code withEvents}. */
    private Dataset read(boolean withEvents) throws SQLException {
        List<Stored> rows = readRows("%", withEvents);
        Map<String, Stored> overriding = new HashMap<>();
        for (Stored r : rows) if (r.user() && !r.overrides().isEmpty()) overriding.put(RowKind.of(r.value()) + "#" + r.overrides(), r);
        List<Locality> localities = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<ControlChange> changes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Stored r : rows) {
            // Most stores correct nothing: no key to build per row then.
            Stored correction = overriding.isEmpty() || r.user() ? null
                    : overriding.get(RowKind.of(r.value()) + "#" + UserRowIds.idOf(r.value()));
            if (correction != null) {
                // A corrected locality or source keeps the built-in id, so every reference to it holds.
                if (correction.value() instanceof Locality l) localities.add(UserRowIds.withId(l, UserRowIds.idOf(r.value())));
                if (correction.value() instanceof Source s) sources.add(UserRowIds.withId(s, UserRowIds.idOf(r.value())));
                continue;
            }
            if (r.user() && !r.overrides().isEmpty() && (r.value() instanceof Locality || r.value() instanceof Source)) continue;
            if (!r.retracted().isEmpty()) continue;
            if (r.value() instanceof Locality l) localities.add(l);
            else if (r.value() instanceof Source s) sources.add(s);
            else if (r.value() instanceof ControlChange c) changes.add(c);
            else if (r.value() instanceof Event e) events.add(e);
        }
        // Successions and aliases belong to the built-in data: the user's part has none to override or retract.
        Map<String, List<Citation>> citations = citationsOf(Sql.OWNER_SUCCESSION, "%");
        List<Succession> successions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_SUCCESSIONS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                successions.add(new Succession(id, rs.getString(2), rs.getString(3), time(rs, 4),
                        SuccessionKind.valueOf(rs.getString(7)), rs.getString(8),
                        citations.getOrDefault(id, List.of())));
            }
        }
        Map<String, List<String>> aliases = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_ALIASES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        return new Dataset(readFactions(), localities, sources, changes, events, successions, aliases);
    }

    @Override
    public List<UserRow> userRows() throws StoreException {
        try {
            return userRowsNow();
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read your edits", e);
        }
    }

    private List<UserRow> userRowsNow() throws SQLException {
        List<UserRow> out = new ArrayList<>();
        for (Stored r : readRows(Sql.USER)) {
            if (RowKind.isUserId(UserRowIds.idOf(r.value()))) out.add(new UserRow(r.value(), r.overrides(), r.retracted()));
        }
        return out;
    }

    @Override
    public List<EditRecord> history() throws StoreException {
        List<EditRecord> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_HISTORY); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EditRecord(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)), rs.getString(4),
                        EditAction.valueOf(rs.getString(5)),
                        new RowWrite(rs.getString(6), RowCodec.read(rs.getString(7)), RowCodec.read(rs.getString(8)))));
            }
            return out;
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the edit history", e);
        }
    }

    @Override
    public String nextUserId(RowKind kind) throws StoreException {
        String probe = kind.userId(0);
        String like = probe.substring(0, probe.length() - 1) + "%";
        long max = 0;
        try (PreparedStatement ps = connection.prepareStatement(Sql.USER_IDS_LIKE)) {
            for (int i = 1; i <= 5; i++) ps.setString(i, like);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) max = Math.max(max, kind.sequenceOf(rs.getString(1)));
            }
            return kind.userId(max + 1);
        } catch (SQLException e) {
            throw failure("allocate an id", e);
        }
    }

    @Override
    public List<EditRecord> applyEdit(EditAction action, String author, Instant at, List<RowWrite> writes)
            throws StoreException {
        written = null;
        List<EditRecord> written = new ArrayList<>();
        inTransaction("save your edit", () -> written.addAll(writeEdit(action, author, at, writes)));
        return written;
    }

    /** The body of {@link #applyEdit}, inside the caller's transaction. */
    private List<EditRecord> writeEdit(EditAction action, String author, Instant at, List<RowWrite> writes) throws SQLException {
        List<EditRecord> written = new ArrayList<>();
        {
            Map<String, UserRow> current = new HashMap<>();
            for (UserRow r : userRowsNow()) current.put(r.id(), r);
            long batch;
            try (PreparedStatement ps = connection.prepareStatement(Sql.NEXT_BATCH); ResultSet rs = ps.executeQuery()) {
                batch = rs.next() ? rs.getLong(1) : 1;
            }
            for (RowWrite w : writes) {
                UserRow stored = current.get(w.rowId());
                if (!java.util.Objects.equals(stored, w.before())) {
                    throw new SQLException(w.rowId() + " was changed meanwhile (stored: "
                            + (stored == null ? "nothing" : "another version") + "); reload and try again");
                }
                if (w.before() != null) deleteUserRow(w.before());
                if (w.after() != null) insertUserRow(w.after());
                current.put(w.rowId(), w.after());
                try (PreparedStatement ps = connection.prepareStatement(Sql.INSERT_HISTORY)) {
                    ps.setLong(1, batch);
                    ps.setString(2, at.toString());
                    ps.setString(3, author == null ? "" : author.strip());
                    ps.setString(4, action.name());
                    ps.setString(5, w.rowId());
                    ps.setString(6, RowCodec.write(w.before()));
                    ps.setString(7, RowCodec.write(w.after()));
                    ps.executeUpdate();
                    long seq;
                    // Asked for explicitly: the connections do not fetch generated keys (SqliteConnections).
                    try (PreparedStatement last = connection.prepareStatement(Sql.LAST_ROWID); ResultSet keys = last.executeQuery()) {
                        seq = keys.next() ? keys.getLong(1) : -1;
                    }
                    written.add(new EditRecord(seq, batch, at, author, action, w));
                }
            }
        }
        return written;
    }

    private void deleteUserRow(UserRow row) throws SQLException {
        String owner = row.kind() == RowKind.CHANGE ? Sql.OWNER_CHANGE : row.kind() == RowKind.EVENT ? Sql.OWNER_EVENT : null;
        if (owner != null) {
            try (PreparedStatement ps = connection.prepareStatement(Sql.DELETE_CITATIONS_OF)) {
                ps.setString(1, owner);
                ps.setString(2, row.id());
                ps.executeUpdate();
            }
        }
        String sql = switch (row.kind()) {
            case LOCALITY -> Sql.DELETE_USER_LOCALITY;
            case SOURCE -> Sql.DELETE_USER_SOURCE;
            case CHANGE -> Sql.DELETE_USER_CHANGE;
            case EVENT -> Sql.DELETE_USER_EVENT;
        };
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, row.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new SQLException(row.id() + " cannot be removed while other rows refer to it (" + e.getMessage() + ")", e);
        }
    }

    private void insertUserRow(UserRow row) throws SQLException {
        Object v = row.value();
        insert(new Dataset(List.of(),
                v instanceof Locality l ? List.of(l) : List.of(),
                v instanceof Source s ? List.of(s) : List.of(),
                v instanceof ControlChange c ? List.of(c) : List.of(),
                v instanceof Event e ? List.of(e) : List.of()), Sql.USER);
        String sql = switch (row.kind()) {
            case LOCALITY -> Sql.MARK_LOCALITY;
            case SOURCE -> Sql.MARK_SOURCE;
            case CHANGE -> Sql.MARK_CHANGE;
            case EVENT -> Sql.MARK_EVENT;
        };
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, row.overrides());
            if (row.kind().retractable()) {
                ps.setString(2, row.retracted());
                ps.setString(3, row.id());
            } else {
                ps.setString(2, row.id());
            }
            ps.executeUpdate();
        }
    }

    private static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }

    static ReportedTime time(ResultSet rs, int index) throws SQLException {
        String t = rs.getString(index + 1);
        return new ReportedTime(LocalDate.parse(rs.getString(index)), t == null ? null : LocalTime.parse(t),
                Precision.valueOf(rs.getString(index + 2)));
    }

    static Long getLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    static Double getDouble(ResultSet rs, int index) throws SQLException {
        double v = rs.getDouble(index);
        return rs.wasNull() ? null : v;
    }

    /** A rebuild refused because it would break user rows: expected, reported to the user without a stack trace. */
    private static final class RefusedRebuild extends SQLException {
        RefusedRebuild(String message) {
            super(message);
        }
    }

    /** The exception to throw; not logged here: whoever handles it logs it, once. */
    StoreException failure(String what, Exception e) {
        if (e instanceof RefusedRebuild) return new RebuildRefusedException(e.getMessage(), e);
        return new StoreException("Could not " + what + " (" + file + "): " + e.getMessage(), e);
    }

    @Override
    public UserRowsWriter beginUserWrite() throws StoreException {
        written = null;
        try {
            return new SqliteUserRowsWriter(this, connection);
        } catch (SQLException e) {
            throw failure("start the import", e);
        }
    }

    @Override
    public List<ImportedZone> importedZones() throws StoreException {
        List<ImportedZone> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_IMPORTED_ZONES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String to = rs.getString(6);
                out.add(new ImportedZone(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        java.time.Instant.parse(rs.getString(5)), to == null ? null : java.time.Instant.parse(to), rs.getString(7)));
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            throw failure("read the imported zones", e);
        }
    }

    @Override
    public List<ProposedChange> proposals() throws StoreException {
        try {
            Map<String, List<Citation>> citations = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_PROPOSAL_CITATIONS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    citations.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Citation(rs.getString(2), rs.getString(3)));
                }
            }
            List<ProposedChange> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(Sql.SELECT_PROPOSALS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Double lat = getDouble(rs, 4), lon = getDouble(rs, 5);
                    out.add(new ProposedChange(id, rs.getString(2), rs.getString(3),
                            lat == null || lon == null ? null : new GeoPoint(lat, lon), time(rs, 6), rs.getString(9),
                            rs.getString(10), ChangeKind.valueOf(rs.getString(11)), rs.getString(12), rs.getString(13),
                            citations.getOrDefault(id, List.of()), ProposalStatus.valueOf(rs.getString(14)),
                            rs.getString(15), rs.getString(16)));
                }
            }
            return out;
        } catch (SQLException | IllegalArgumentException e) {
            throw failure("read the proposed changes", e);
        }
    }

    @Override
    public void acceptProposal(String proposalId, ControlChange change, Locality newLocality, String author, Instant at)
            throws StoreException {
        written = null;
        UserRowsWriter.requireUserId(change.id());
        if (newLocality != null) UserRowsWriter.requireUserId(newLocality.id());
        // An edit like any other: the new rows and who accepted them go into the history, where they can be undone.
        List<RowWrite> writes = new ArrayList<>();
        if (newLocality != null) writes.add(new RowWrite(newLocality.id(), null, UserRow.added(newLocality)));
        writes.add(new RowWrite(change.id(), null, UserRow.added(change)));
        inTransaction("accept proposed change " + proposalId, () -> {
            decide(proposalId, ProposalStatus.ACCEPTED, "", change.id());
            writeEdit(EditAction.ACCEPT, author, at, writes);
        });
    }

    @Override
    public void rejectProposal(String proposalId, String reason) throws StoreException {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a rejection needs a reason");
        inTransaction("reject proposed change " + proposalId, () -> decide(proposalId, ProposalStatus.REJECTED, reason.strip(), null));
    }

    private void decide(String proposalId, ProposalStatus status, String reason, String changeId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.DECIDE_PROPOSAL)) {
            ps.setString(1, status.name());
            ps.setString(2, reason);
            ps.setString(3, changeId);
            ps.setString(4, proposalId);
            if (ps.executeUpdate() != 1) throw new SQLException("no pending proposed change " + proposalId);
        }
    }

    /** Closes the connection. Safe to call twice. */
    @Override
    public void close() throws StoreException {
        try {
            if (instanceLock != null) instanceLock.close();
            connection.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        }
    }
}
