package org.sitmap.store;

import java.util.List;

/** Every SQL statement of the SQLite store, as named constants; all values go through {@code ?} parameters. */
final class Sql {
    private Sql() {
    }

    /**
     * The user's edits: a user row may override a built-in row (by id) or be retracted (with a reason); every edit
     * keeps the row before and after in {@code edit_history}.
     */
    static final List<String> EDITS_MIGRATION = List.of(
            "ALTER TABLE locality ADD COLUMN overrides TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE source ADD COLUMN overrides TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE control_change ADD COLUMN overrides TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE control_change ADD COLUMN retracted TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE event ADD COLUMN overrides TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE event ADD COLUMN retracted TEXT NOT NULL DEFAULT ''",
            "CREATE TABLE edit_history (seq INTEGER PRIMARY KEY AUTOINCREMENT, batch INTEGER NOT NULL, at TEXT NOT NULL,"
                    + " author TEXT NOT NULL, action TEXT NOT NULL, row_id TEXT NOT NULL, before TEXT, after TEXT)",
            "CREATE INDEX edit_history_row ON edit_history(row_id)");

    /**
     * An event's first citation moves into its row ({@code cite_source}, {@code cite_excerpt}); the {@code citation}
     * table keeps only the further ones (positions 1…). Most events cite one report, and an ACLED import writes
     * 200,000 of them: one row written an event instead of two halves the statements and B-trees an import touches.
     */
    static final List<String> INLINE_CITATION_MIGRATION = List.of(
            "ALTER TABLE event ADD COLUMN cite_source TEXT REFERENCES source(id)",
            "ALTER TABLE event ADD COLUMN cite_excerpt TEXT",
            "UPDATE event SET cite_source = c.source_id, cite_excerpt = c.excerpt FROM citation c"
                    + " WHERE c.owner_kind = 'event' AND c.owner_id = event.id AND c.position = 0",
            "DELETE FROM citation WHERE owner_kind = 'event' AND position = 0");

    static final String CREATE_CHANGE_LOCALITY_INDEX = "CREATE INDEX control_change_locality ON control_change(locality_id)";
    static final String CREATE_EVENT_DATE_INDEX = "CREATE INDEX event_date ON event(date)";
    static final String CREATE_CITATION_SOURCE_INDEX = "CREATE INDEX citation_source ON citation(source_id)";
    /**
     * The secondary indexes a bulk write drops and builds again before its commit, by name: one sort at the end costs
     * less than a B-tree insert at a random place for every row (for 200,000 events, each with a citation, the
     * difference between 4.6 s and 3.1 s of writing in the {@code sqlite3} shell).
     */
    static final java.util.Map<String, String> BULK_INDEXES = java.util.Map.of(
            "control_change_locality", CREATE_CHANGE_LOCALITY_INDEX,
            "event_date", CREATE_EVENT_DATE_INDEX,
            "citation_source", CREATE_CITATION_SOURCE_INDEX);
    /** Whether an index of that name exists. */
    static final String INDEX_EXISTS = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?";

    /** Schema migrations in order; index i brings the schema from version i to i + 1. */
    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                    "CREATE TABLE faction (id TEXT PRIMARY KEY, origin TEXT NOT NULL, name TEXT NOT NULL, name_ar TEXT NOT NULL,"
                            + " color TEXT NOT NULL, holds_ground INTEGER NOT NULL, members TEXT NOT NULL, description TEXT NOT NULL)",
                    "CREATE TABLE locality (id TEXT PRIMARY KEY, origin TEXT NOT NULL, name_en TEXT NOT NULL, name_ar TEXT NOT NULL,"
                            + " kind TEXT NOT NULL, governorate TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,"
                            + " coord_source TEXT NOT NULL, coord_ref TEXT NOT NULL, coord_error_km REAL NOT NULL,"
                            + " geonames_id INTEGER, population INTEGER)",
                    "CREATE TABLE source (id TEXT PRIMARY KEY, origin TEXT NOT NULL, outlet TEXT NOT NULL, title TEXT NOT NULL,"
                            + " published TEXT NOT NULL, url TEXT NOT NULL, language TEXT NOT NULL, seen_on TEXT NOT NULL)",
                    "CREATE TABLE control_change (id TEXT PRIMARY KEY, origin TEXT NOT NULL,"
                            + " locality_id TEXT NOT NULL REFERENCES locality(id), date TEXT NOT NULL, time TEXT, precision TEXT NOT NULL,"
                            + " from_faction TEXT REFERENCES faction(id), to_faction TEXT NOT NULL REFERENCES faction(id),"
                            + " kind TEXT NOT NULL, confidence TEXT NOT NULL, used INTEGER NOT NULL, note TEXT NOT NULL)",
                    "CREATE TABLE event (id TEXT PRIMARY KEY, origin TEXT NOT NULL, date TEXT NOT NULL, time TEXT, precision TEXT NOT NULL,"
                            + " type TEXT NOT NULL, locality_id TEXT REFERENCES locality(id), lat REAL, lon REAL, actors TEXT NOT NULL,"
                            + " title TEXT NOT NULL, summary TEXT NOT NULL, fatalities INTEGER, confidence TEXT NOT NULL)",
                    "CREATE TABLE citation (owner_kind TEXT NOT NULL, owner_id TEXT NOT NULL, position INTEGER NOT NULL,"
                            + " origin TEXT NOT NULL, source_id TEXT NOT NULL REFERENCES source(id), excerpt TEXT NOT NULL,"
                            + " PRIMARY KEY (owner_kind, owner_id, position))"),
            List.of(
                    Sql.CREATE_CHANGE_LOCALITY_INDEX, Sql.CREATE_EVENT_DATE_INDEX, Sql.CREATE_CITATION_SOURCE_INDEX),
            List.of(
                    "CREATE TABLE proposed_change (id TEXT PRIMARY KEY, origin TEXT NOT NULL,"
                            + " locality_id TEXT REFERENCES locality(id), place TEXT NOT NULL, lat REAL, lon REAL,"
                            + " date TEXT NOT NULL, time TEXT, precision TEXT NOT NULL,"
                            + " from_faction TEXT REFERENCES faction(id), to_faction TEXT NOT NULL REFERENCES faction(id),"
                            + " kind TEXT NOT NULL, note TEXT NOT NULL, proposed_by TEXT NOT NULL, status TEXT NOT NULL,"
                            + " reason TEXT NOT NULL, change_id TEXT)",
                    "CREATE INDEX proposed_change_status ON proposed_change(status)"),
            List.of(
                    "CREATE TABLE imported_zone (id TEXT PRIMARY KEY, origin TEXT NOT NULL, layer TEXT NOT NULL, faction TEXT,"
                            + " label TEXT NOT NULL, valid_from TEXT NOT NULL, valid_to TEXT, wkt TEXT NOT NULL)",
                    "CREATE INDEX imported_zone_layer ON imported_zone(layer)"),
            List.of(
                    "ALTER TABLE faction ADD COLUMN valid_from TEXT",
                    "ALTER TABLE faction ADD COLUMN valid_until TEXT",
                    "CREATE TABLE succession (id TEXT PRIMARY KEY, origin TEXT NOT NULL,"
                            + " from_faction TEXT NOT NULL REFERENCES faction(id), to_faction TEXT NOT NULL REFERENCES faction(id),"
                            + " date TEXT NOT NULL, time TEXT, precision TEXT NOT NULL, kind TEXT NOT NULL, note TEXT NOT NULL)",
                    "CREATE TABLE locality_alias (locality_id TEXT NOT NULL REFERENCES locality(id), alias TEXT NOT NULL,"
                            + " origin TEXT NOT NULL, PRIMARY KEY (locality_id, alias))"),
            Sql.EDITS_MIGRATION,
            Sql.INLINE_CITATION_MIGRATION);

    static final String BUILTIN = "builtin";
    static final String USER = "user";
    static final String OWNER_CHANGE = "change";
    static final String OWNER_EVENT = "event";
    static final String OWNER_PROPOSAL = "proposal";
    static final String OWNER_SUCCESSION = "succession";
    static final String META_BUILTIN_HASH = "builtin_hash";
    /** The built-in hash a stamp vouches for, a newline, then the stamp (DataFiles#stamp). */
    static final String META_BUILTIN_STAMP = "builtin_stamp";

    /** Row counts per origin of one of our own tables (the name is a constant of ours, never input). */
    static String countByOrigin(String table) {
        return "SELECT origin, count(*) FROM " + table + " GROUP BY origin ORDER BY origin";
    }

    static final String USER_ROWS_WITHOUT_PREFIX = "SELECT (SELECT count(*) FROM source WHERE origin = 'user' AND id NOT LIKE 'u.%')"
            + " + (SELECT count(*) FROM event WHERE origin = 'user' AND id NOT LIKE 'u.%')"
            + " + (SELECT count(*) FROM control_change WHERE origin = 'user' AND id NOT LIKE 'u.%')"
            + " + (SELECT count(*) FROM locality WHERE origin = 'user' AND id NOT LIKE 'u.%')";

    /** 1 when any table of facts holds a user row (an edit, an import, a correction), else 0. */
    static final String ANY_USER_ROW = "SELECT EXISTS (SELECT 1 FROM locality WHERE origin = 'user')"
            + " OR EXISTS (SELECT 1 FROM source WHERE origin = 'user') OR EXISTS (SELECT 1 FROM control_change WHERE origin = 'user')"
            + " OR EXISTS (SELECT 1 FROM event WHERE origin = 'user') OR EXISTS (SELECT 1 FROM citation WHERE origin = 'user')";

    static final String GET_META = "SELECT value FROM meta WHERE key = ?";
    static final String PUT_META = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";

    /** Deletion order respects references: citations and facts before what they point at. */
    static final List<String> DELETE_BY_ORIGIN = List.of(
            "DELETE FROM citation WHERE origin = ?",
            "DELETE FROM control_change WHERE origin = ?",
            "DELETE FROM event WHERE origin = ?",
            "DELETE FROM succession WHERE origin = ?",
            "DELETE FROM locality_alias WHERE origin = ?",
            "DELETE FROM source WHERE origin = ?",
            "DELETE FROM locality WHERE origin = ?",
            "DELETE FROM faction WHERE origin = ?");

    static final String INSERT_FACTION = "INSERT INTO faction(id, origin, name, name_ar, color, holds_ground, members, description,"
            + " valid_from, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_SUCCESSION = "INSERT INTO succession(id, origin, from_faction, to_faction, date, time, precision,"
            + " kind, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_ALIAS = "INSERT OR IGNORE INTO locality_alias(locality_id, alias, origin) VALUES (?, ?, ?)";
    static final String INSERT_LOCALITY = "INSERT INTO locality(id, origin, name_en, name_ar, kind, governorate, lat, lon,"
            + " coord_source, coord_ref, coord_error_km, geonames_id, population) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_SOURCE = "INSERT INTO source(id, origin, outlet, title, published, url, language, seen_on)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CHANGE = "INSERT INTO control_change(id, origin, locality_id, date, time, precision, from_faction,"
            + " to_faction, kind, confidence, used, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** An event with its first citation; the others go to {@code citation} from position 1. */
    static final String INSERT_EVENT = "INSERT INTO event(id, origin, date, time, precision, type, locality_id, lat, lon, actors,"
            + " title, summary, fatalities, confidence, cite_source, cite_excerpt)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_CITATION = "INSERT INTO citation(owner_kind, owner_id, position, origin, source_id, excerpt)"
            + " VALUES (?, ?, ?, ?, ?, ?)";

    static final String SELECT_FACTIONS = "SELECT id, name, name_ar, color, holds_ground, members, description, valid_from,"
            + " valid_until FROM faction ORDER BY rowid";
    static final String SELECT_SUCCESSIONS = "SELECT id, from_faction, to_faction, date, time, precision, kind, note FROM succession"
            + " ORDER BY rowid";
    static final String SELECT_ALIASES = "SELECT locality_id, alias FROM locality_alias ORDER BY rowid";
    /** The four SELECTs below take one parameter: the origin to read, or '%' for every row. */
    static final String SELECT_LOCALITIES = "SELECT id, name_en, name_ar, kind, governorate, lat, lon, coord_source, coord_ref,"
            + " coord_error_km, geonames_id, population, origin, overrides FROM locality WHERE origin LIKE ? ORDER BY rowid";
    static final String SELECT_SOURCES = "SELECT id, outlet, title, published, url, language, seen_on, origin, overrides FROM source WHERE origin LIKE ? ORDER BY rowid";
    static final String SELECT_CHANGES = "SELECT id, locality_id, date, time, precision, from_faction, to_faction, kind, confidence,"
            + " used, note, origin, overrides, retracted FROM control_change WHERE origin LIKE ? ORDER BY rowid";
    /** The first and last day of the events that are not retracted (ISO dates sort as text). */
    static final String EVENT_DAYS = "SELECT MIN(date), MAX(date) FROM event WHERE retracted = ''";
    static final String SELECT_EVENTS = "SELECT id, date, time, precision, type, locality_id, lat, lon, actors, title, summary,"
            + " fatalities, confidence, origin, overrides, retracted, cite_source, cite_excerpt FROM event WHERE origin LIKE ?"
            + " ORDER BY rowid";
    /**
     * The citations of one kind of owner (for events, those after the first), in the order of the citation key, so
     * an owner's citations come together.
     * (A join of each fact with its citations read twice as slowly: two B-tree look-ups per fact.)
     */
    static final String SELECT_CITATIONS_OF_KIND = "SELECT owner_id, source_id, excerpt FROM citation WHERE owner_kind = ?"
            + " AND origin LIKE ? ORDER BY owner_kind, owner_id, position";

    // ---- the user's part ----------------------------------------------------------------------------------------

    static final String DELETE_CITATIONS_OF = "DELETE FROM citation WHERE owner_kind = ? AND owner_id = ? AND origin = 'user'";
    static final String DELETE_USER_LOCALITY = "DELETE FROM locality WHERE id = ? AND origin = 'user'";
    static final String DELETE_USER_SOURCE = "DELETE FROM source WHERE id = ? AND origin = 'user'";
    static final String DELETE_USER_CHANGE = "DELETE FROM control_change WHERE id = ? AND origin = 'user'";
    static final String DELETE_USER_EVENT = "DELETE FROM event WHERE id = ? AND origin = 'user'";
    static final String MARK_LOCALITY = "UPDATE locality SET overrides = ? WHERE id = ?";
    static final String MARK_SOURCE = "UPDATE source SET overrides = ? WHERE id = ?";
    static final String MARK_CHANGE = "UPDATE control_change SET overrides = ?, retracted = ? WHERE id = ?";
    static final String MARK_EVENT = "UPDATE event SET overrides = ?, retracted = ? WHERE id = ?";

    static final String INSERT_HISTORY = "INSERT INTO edit_history(batch, at, author, action, row_id, before, after)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT_HISTORY = "SELECT seq, batch, at, author, action, row_id, before, after FROM edit_history ORDER BY seq";
    /** The rowid (for edit_history: its seq) of the last row this connection inserted. */
    static final String LAST_ROWID = "SELECT last_insert_rowid()";
    static final String NEXT_BATCH = "SELECT COALESCE(MAX(batch), 0) + 1 FROM edit_history";
    /** Every id ever used in the user's part (rows now stored and rows in the history), for allocating new ones. */
    static final String USER_IDS_LIKE = "SELECT id FROM locality WHERE id LIKE ? UNION SELECT id FROM source WHERE id LIKE ?"
            + " UNION SELECT id FROM control_change WHERE id LIKE ? UNION SELECT id FROM event WHERE id LIKE ?"
            + " UNION SELECT row_id FROM edit_history WHERE row_id LIKE ?";

    /**
     * After a new built-in dataset is inserted: user rows that point at something no longer there. Each row:
     * what the user row is, its id, what it refers to, the missing id. One parameter: the user origin.
     */
    static final List<String> BROKEN_USER_REFERENCES = List.of(
            "SELECT 'control change', id, 'locality', locality_id FROM control_change WHERE origin = ? AND locality_id NOT IN (SELECT id FROM locality)",
            "SELECT 'control change', id, 'faction', from_faction FROM control_change WHERE origin = ? AND from_faction IS NOT NULL AND from_faction NOT IN (SELECT id FROM faction)",
            "SELECT 'control change', id, 'faction', to_faction FROM control_change WHERE origin = ? AND to_faction NOT IN (SELECT id FROM faction)",
            "SELECT 'event', id, 'locality', locality_id FROM event WHERE origin = ? AND locality_id IS NOT NULL AND locality_id NOT IN (SELECT id FROM locality)",
            "SELECT owner_kind, owner_id, 'source', source_id FROM citation WHERE origin = ? AND source_id NOT IN (SELECT id FROM source)",
            "SELECT 'event', id, 'source', cite_source FROM event WHERE origin = ? AND cite_source IS NOT NULL AND cite_source NOT IN (SELECT id FROM source)");
    /** As above, for corrections whose built-in row is gone; needs the edits migration. */
    static final List<String> BROKEN_USER_OVERRIDES = List.of(
            "SELECT 'locality', id, 'built-in locality', overrides FROM locality WHERE origin = ? AND overrides <> '' AND overrides NOT IN (SELECT id FROM locality WHERE origin = 'builtin')",
            "SELECT 'source', id, 'built-in source', overrides FROM source WHERE origin = ? AND overrides <> '' AND overrides NOT IN (SELECT id FROM source WHERE origin = 'builtin')",
            "SELECT 'control change', id, 'built-in control change', overrides FROM control_change WHERE origin = ? AND overrides <> '' AND overrides NOT IN (SELECT id FROM control_change WHERE origin = 'builtin')",
            "SELECT 'event', id, 'built-in event', overrides FROM event WHERE origin = ? AND overrides <> '' AND overrides NOT IN (SELECT id FROM event WHERE origin = 'builtin')");

    // User rows written by imports: insert when new, else update the user's row in place (never a built-in one).
    static final String INSERT_SOURCE_IF_NEW = INSERT_SOURCE + " ON CONFLICT(id) DO NOTHING";
    static final String UPDATE_SOURCE = "UPDATE source SET outlet = ?, title = ?, published = ?, url = ?, language = ?,"
            + " seen_on = ? WHERE id = ? AND origin = 'user'";
    static final String INSERT_LOCALITY_IF_NEW = INSERT_LOCALITY + " ON CONFLICT(id) DO NOTHING";
    static final String UPDATE_LOCALITY = "UPDATE locality SET name_en = ?, name_ar = ?, kind = ?, governorate = ?, lat = ?,"
            + " lon = ?, coord_source = ?, coord_ref = ?, coord_error_km = ?, geonames_id = ?, population = ?"
            + " WHERE id = ? AND origin = 'user'";
    static final String INSERT_CHANGE_IF_NEW = INSERT_CHANGE + " ON CONFLICT(id) DO NOTHING";
    static final String UPDATE_CHANGE = "UPDATE control_change SET locality_id = ?, date = ?, time = ?, precision = ?,"
            + " from_faction = ?, to_faction = ?, kind = ?, confidence = ?, used = ?, note = ? WHERE id = ? AND origin = 'user'";
    static final String INSERT_EVENT_IF_NEW = INSERT_EVENT + " ON CONFLICT(id) DO NOTHING";
    static final String UPDATE_EVENT = "UPDATE event SET date = ?, time = ?, precision = ?, type = ?, locality_id = ?, lat = ?,"
            + " lon = ?, actors = ?, title = ?, summary = ?, fatalities = ?, confidence = ?, cite_source = ?, cite_excerpt = ?"
            + " WHERE id = ? AND origin = 'user'";

    static final String INSERT_PROPOSAL_IF_NEW = "INSERT INTO proposed_change(id, origin, locality_id, place, lat, lon, date,"
            + " time, precision, from_faction, to_faction, kind, note, proposed_by, status, reason, change_id)"
            + " VALUES (?, 'user', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING";
    /** A re-import refreshes a proposal still waiting for review; a decided one stays as decided. */
    static final String UPDATE_PENDING_PROPOSAL = "UPDATE proposed_change SET locality_id = ?, place = ?, lat = ?, lon = ?,"
            + " date = ?, time = ?, precision = ?, from_faction = ?, to_faction = ?, kind = ?, note = ?, proposed_by = ?"
            + " WHERE id = ? AND status = 'PENDING'";
    static final String SELECT_PROPOSALS = "SELECT id, locality_id, place, lat, lon, date, time, precision, from_faction,"
            + " to_faction, kind, note, proposed_by, status, reason, change_id FROM proposed_change ORDER BY date, rowid";
    static final String SELECT_PROPOSAL_CITATIONS = "SELECT owner_id, source_id, excerpt FROM citation WHERE owner_kind = 'proposal'"
            + " ORDER BY owner_id, position";
    static final String DECIDE_PROPOSAL = "UPDATE proposed_change SET status = ?, reason = ?, change_id = ?"
            + " WHERE id = ? AND status = 'PENDING'";

    static final String INSERT_IMPORTED_ZONE_IF_NEW = "INSERT INTO imported_zone(id, origin, layer, faction, label, valid_from,"
            + " valid_to, wkt) VALUES (?, 'user', ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING";
    static final String UPDATE_IMPORTED_ZONE = "UPDATE imported_zone SET layer = ?, faction = ?, label = ?, valid_from = ?,"
            + " valid_to = ?, wkt = ? WHERE id = ?";
    static final String SELECT_IMPORTED_ZONES = "SELECT id, layer, faction, label, valid_from, valid_to, wkt FROM imported_zone"
            + " ORDER BY rowid";
}
