package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.util.LinearComponentExtracter;

/**
 * What the tessellation needs of the mapped area, derived once and shared by every engine on the same area: its
 * border lines, its envelope in the equal-area plane, the cells outside it ({@link OutsideCells}) and a point locator
 * per thread. The app builds a new engine at every load, and each one used to derive the lines, the envelope and the
 * locators afresh: densifying and projecting the border for its envelope was
 * nearly half of a shipped engine's construction, and indexing the border for the locators a seventh of its first
 * snapshot (JFR, 300 fresh engines in one JVM). Thread-safe.
 */
final class PreparedMappedArea {
    /** The last area prepared: every engine of a session maps the same area, so one entry is enough. */
    private static volatile PreparedMappedArea last;

    private final Geometry source;
    private final EqualAreaProjection projection;
    private final List<Coordinate[]> border;
    private final Envelope planeEnvelope;
    private final OutsideCells outsideCells;
    /** Per thread: a locator's interval tree takes a lock at every query, which two threads deciding faces fought over. */
    private final ThreadLocal<PointOnGeometryLocator> locator;

    private PreparedMappedArea(Geometry mapped, EqualAreaProjection projection) {
        this.source = mapped.copy();  // the caller's copy may change; this one is compared with later areas
        this.projection = projection;
        List<Coordinate[]> lines = new ArrayList<>();
        for (Object o : LinearComponentExtracter.getLines(source)) lines.add(((LineString) o).getCoordinates());
        this.border = List.copyOf(lines);
        this.outsideCells = new OutsideCells(border);
        // Densified first: an edge straight in lon/lat (a 390 km stretch of the 34.6° N parallel) bows in the plane.
        this.planeEnvelope = projection.toPlane(Densifier.densify(source, EqualAreaProjection.MAX_EDGE_DEG))
                .getEnvelopeInternal();
        this.locator = ThreadLocal.withInitial(() -> new IndexedPointInAreaLocator(source));
    }

    /** The prepared form of {@code mapped} (lon/lat degrees) for {@code projection}: the last one when it matches. */
    static PreparedMappedArea of(Geometry mapped, EqualAreaProjection projection) {
        PreparedMappedArea p = last;
        if (p != null && p.projection == projection && p.source.equalsExact(mapped)) return p;
        p = new PreparedMappedArea(mapped, projection);
        last = p;
        return p;
    }

    /** The border's lines, lon/lat; the arrays are shared: do not change them. */
    List<Coordinate[]> border() {
        return border;
    }

    /** The cells of the area's envelope that hold none of it, for leaving out lines that cannot cut it. */
    OutsideCells outsideCells() {
        return outsideCells;
    }

    /** The area's envelope in the plane, metres (a copy). */
    Envelope planeEnvelope() {
        return new Envelope(planeEnvelope);
    }

    /**
     * Where a lon/lat point lies relative to the area ({@link org.locationtech.jts.geom.Location}): interior at once
     * in a cell the border does not cross ({@link OutsideCells#surelyInside}), where nearly every face of a
     * tessellation has its point; else JTS's indexed locator, which allocated a counter and a visitor at every call.
     */
    int locate(Coordinate p) {
        if (outsideCells.surelyInside(p)) return Location.INTERIOR;
        return locator.get().locate(p);
    }
}
