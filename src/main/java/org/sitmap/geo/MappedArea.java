package org.sitmap.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The area the zone engine partitions. */
public final class MappedArea {
    private static final String NORTHERN_SYRIA = "syria-north.wkt";

    private MappedArea() {
    }

    /**
     * Syria north of 34.6° N inside its national border, as lon/lat degrees (x = longitude). Derived from Natural
     * Earth 1:10m (public domain); see the README beside the resource. Each call returns a new geometry.
     */
    public static Geometry northernSyria() {
        try (InputStream in = MappedArea.class.getResourceAsStream(NORTHERN_SYRIA)) {
            if (in == null) throw new IllegalStateException("missing resource " + NORTHERN_SYRIA);
            return new WKTReader(Geometries.FACTORY).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NORTHERN_SYRIA, e);
        } catch (ParseException e) {
            throw new IllegalStateException("bad WKT in " + NORTHERN_SYRIA, e);
        }
    }
}
