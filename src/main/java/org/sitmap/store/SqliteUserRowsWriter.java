package org.sitmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Event;
import org.sitmap.domain.ImportedZone;
import org.sitmap.domain.Locality;
import org.sitmap.domain.ProposedChange;
import org.sitmap.domain.Source;

/** {@link UserRowsWriter} on the SQLite store's connection: one open transaction, statements prepared once. */
final class SqliteUserRowsWriter implements UserRowsWriter {
    private final Connection connection;
    private final SqliteSituationStore store;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final BulkWrite bulk;
    private boolean committed;
    private boolean closed;

    SqliteUserRowsWriter(SqliteSituationStore store, Connection connection) throws SQLException {
        this.store = store;
        this.connection = connection;
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            // Rows of one import may reference each other in any order; references are checked at commit.
            s.execute("PRAGMA defer_foreign_keys = ON");
        }
        bulk = new BulkWrite(connection, false);
    }

    private PreparedStatement ps(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public Put putSource(Source s) throws StoreException {
        UserRowsWriter.requireUserId(s.id());
        return write("source " + s.id(), () -> {
            PreparedStatement ins = ps(Sql.INSERT_SOURCE_IF_NEW);
            SqliteSituationStore.bindSource(ins, s, Sql.USER);
            if (ins.executeUpdate() == 1) return Put.ADDED;
            PreparedStatement up = ps(Sql.UPDATE_SOURCE);
            String[] v = {s.outlet(), s.title(), s.published(), s.url(), s.language(), s.seenOn(), s.id()};
            for (int i = 0; i < v.length; i++) up.setString(i + 1, v[i]);
            return updated(up.executeUpdate(), "source", s.id());
        });
    }

    @Override
    public Put putLocality(Locality l) throws StoreException {
        UserRowsWriter.requireUserId(l.id());
        return write("locality " + l.id(), () -> {
            PreparedStatement ins = ps(Sql.INSERT_LOCALITY_IF_NEW);
            SqliteSituationStore.bindLocality(ins, l, Sql.USER);
            if (ins.executeUpdate() == 1) return Put.ADDED;
            PreparedStatement up = ps(Sql.UPDATE_LOCALITY);
            up.setString(1, l.nameEn());
            up.setString(2, l.nameAr());
            up.setString(3, l.kind().name());
            up.setString(4, l.governorate());
            up.setDouble(5, l.point().lat());
            up.setDouble(6, l.point().lon());
            up.setString(7, l.coordSource().name());
            up.setString(8, l.coordRef());
            up.setDouble(9, l.coordErrorKm());
            SqliteSituationStore.setLong(up, 10, l.geonamesId());
            SqliteSituationStore.setLong(up, 11, l.population());
            up.setString(12, l.id());
            return updated(up.executeUpdate(), "locality", l.id());
        });
    }

    @Override
    public Put putChange(ControlChange c) throws StoreException {
        UserRowsWriter.requireUserId(c.id());
        return write("control change " + c.id(), () -> {
            PreparedStatement ins = ps(Sql.INSERT_CHANGE_IF_NEW);
            SqliteSituationStore.bindChange(ins, c, Sql.USER);
            Put put;
            if (ins.executeUpdate() == 1) {
                put = Put.ADDED;
            } else {
                PreparedStatement up = ps(Sql.UPDATE_CHANGE);
                up.setString(1, c.localityId());
                SqliteSituationStore.setTime(up, 2, c.when());
                up.setString(5, c.from());
                up.setString(6, c.to());
                up.setString(7, c.kind().name());
                up.setString(8, c.confidence().name());
                up.setInt(9, c.used() ? 1 : 0);
                up.setString(10, c.note());
                up.setString(11, c.id());
                put = updated(up.executeUpdate(), "control change", c.id());
            }
            replaceCitations(Sql.OWNER_CHANGE, c.id(), c.citations(), put);
            return put;
        });
    }

    @Override
    public Put putEvent(Event e) throws StoreException {
        UserRowsWriter.requireUserId(e.id());
        return write("event " + e.id(), () -> {
            PreparedStatement ins = ps(Sql.INSERT_EVENT_IF_NEW);
            SqliteSituationStore.bindEvent(ins, e, Sql.USER);
            Put put;
            if (ins.executeUpdate() == 1) {
                put = Put.ADDED;
            } else {
                PreparedStatement up = ps(Sql.UPDATE_EVENT);
                SqliteSituationStore.setTime(up, 1, e.when());
                up.setString(4, e.type().name());
                up.setString(5, e.localityId());
                SqliteSituationStore.setDouble(up, 6, e.point() == null ? null : e.point().lat());
                SqliteSituationStore.setDouble(up, 7, e.point() == null ? null : e.point().lon());
                up.setString(8, String.join("|", e.actors()));
                up.setString(9, e.title());
                up.setString(10, e.summary());
                SqliteSituationStore.setLong(up, 11, e.fatalities() == null ? null : e.fatalities().longValue());
                up.setString(12, e.confidence().name());
                SqliteSituationStore.bindFirstCitation(up, 13, e.citations());
                up.setString(15, e.id());
                put = updated(up.executeUpdate(), "event", e.id());
                deleteCitations(Sql.OWNER_EVENT, e.id());
            }
            // The first citation is in the event's row: a new event citing one report is one statement.
            if (e.citations().size() > 1) {
                PreparedStatement cite = ps(Sql.INSERT_CITATION);
                SqliteSituationStore.addFurtherCitations(cite, e.id(), Sql.USER, e.citations());
                cite.executeBatch();
            }
            return put;
        });
    }

    @Override
    public Put putProposal(ProposedChange p) throws StoreException {
        UserRowsWriter.requireUserId(p.id());
        return write("proposed change " + p.id(), () -> {
            PreparedStatement ins = ps(Sql.INSERT_PROPOSAL_IF_NEW);
            ins.setString(1, p.id());
            bindProposalBody(ins, 2, p);
            ins.setString(14, p.status().name());
            ins.setString(15, p.reason());
            ins.setString(16, p.changeId());
            if (ins.executeUpdate() == 1) {
                replaceCitations(Sql.OWNER_PROPOSAL, p.id(), p.citations(), Put.ADDED);
                return Put.ADDED;
            }
            PreparedStatement up = ps(Sql.UPDATE_PENDING_PROPOSAL);
            bindProposalBody(up, 1, p);
            up.setString(13, p.id());
            if (up.executeUpdate() == 0) return Put.KEPT;
            replaceCitations(Sql.OWNER_PROPOSAL, p.id(), p.citations(), Put.UPDATED);
            return Put.UPDATED;
        });
    }

    @Override
    public Put putImportedZone(ImportedZone z) throws StoreException {
        UserRowsWriter.requireUserId(z.id());
        return write("imported zone " + z.id(), () -> {
            PreparedStatement ins = ps(Sql.INSERT_IMPORTED_ZONE_IF_NEW);
            ins.setString(1, z.id());
            bindZoneBody(ins, 2, z);
            if (ins.executeUpdate() == 1) return Put.ADDED;
            PreparedStatement up = ps(Sql.UPDATE_IMPORTED_ZONE);
            bindZoneBody(up, 1, z);
            up.setString(7, z.id());
            return updated(up.executeUpdate(), "imported zone", z.id());
        });
    }

    private static void bindZoneBody(PreparedStatement ps, int first, ImportedZone z) throws SQLException {
        ps.setString(first, z.layer());
        ps.setString(first + 1, z.faction());
        ps.setString(first + 2, z.label());
        ps.setString(first + 3, z.validFrom().toString());
        ps.setString(first + 4, z.validTo() == null ? null : z.validTo().toString());
        ps.setString(first + 5, z.wkt());
    }

    /** Binds locality … proposed_by (12 values) from {@code first}. */
    private static void bindProposalBody(PreparedStatement ps, int first, ProposedChange p) throws SQLException {
        ps.setString(first, p.localityId());
        ps.setString(first + 1, p.placeName());
        SqliteSituationStore.setDouble(ps, first + 2, p.point() == null ? null : p.point().lat());
        SqliteSituationStore.setDouble(ps, first + 3, p.point() == null ? null : p.point().lon());
        SqliteSituationStore.setTime(ps, first + 4, p.when());
        ps.setString(first + 7, p.from());
        ps.setString(first + 8, p.to());
        ps.setString(first + 9, p.kind().name());
        ps.setString(first + 10, p.note());
        ps.setString(first + 11, p.proposedBy());
    }

    private void deleteCitations(String kind, String owner) throws SQLException {
        PreparedStatement del = ps(Sql.DELETE_CITATIONS_OF);
        del.setString(1, kind);
        del.setString(2, owner);
        del.executeUpdate();
    }

    private void replaceCitations(String kind, String owner, List<Citation> citations, Put put) throws SQLException {
        if (put == Put.UPDATED) deleteCitations(kind, owner);
        PreparedStatement cite = ps(Sql.INSERT_CITATION);
        if (citations.size() == 1) { // the usual case: one statement, without the batch's bookkeeping
            SqliteSituationStore.bindCitation(cite, kind, owner, Sql.USER, 0, citations.get(0));
            cite.executeUpdate();
            return;
        }
        SqliteSituationStore.addCitations(cite, kind, owner, Sql.USER, citations);
        cite.executeBatch();
    }

    private static Put updated(int count, String what, String id) throws SQLException {
        if (count != 1) throw new SQLException(what + " " + id + " exists in the built-in data and cannot be replaced");
        return Put.UPDATED;
    }

    private interface Step {
        Put run() throws SQLException;
    }

    private Put write(String what, Step step) throws StoreException {
        if (closed || committed) throw new IllegalStateException("this import is already " + (closed ? "closed" : "committed"));
        try {
            return step.run();
        } catch (SQLException e) {
            throw store.failure("save " + what, e);
        }
    }

    @Override
    public void commit() throws StoreException {
        if (closed || committed) throw new IllegalStateException("this import is already " + (closed ? "closed" : "committed"));
        try {
            connection.commit();
            committed = true;
        } catch (SQLException e) {
            throw store.failure("save the import", e);
        }
    }

    @Override
    public void close() throws StoreException {
        if (closed) return;
        closed = true;
        try {
            for (PreparedStatement ps : statements.values()) ps.close();
            if (!committed) connection.rollback();
            bulk.close();
        } catch (SQLException e) {
            throw store.failure("undo the unfinished import", e);
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                throw store.failure("end the import", e);
            }
        }
    }
}
