package org.sitmap.ui.map;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.geo.ZoneSnapshot;
import org.sitmap.ui.common.ZoneShape;

/**
 * A snapshot's zones ready to draw, with each zone geometry's rings extracted once: the engine hands out the same
 * geometry object for a zone whose faces did not change, so a step of the timeline converts only the zones that
 * changed. Keyed by identity (JTS's {@code equals} compares coordinates). One per zone engine; thread-safe.
 */
final class ZoneShapes {
    private final Map<Geometry, List<double[]>> rings = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The snapshot's zones as shapes, in the snapshot's order. */
    List<ZoneShape> of(ZoneSnapshot snapshot) {
        return snapshot.zones().stream()
                .map(z -> new ZoneShape(z, rings.computeIfAbsent(z.geometry(), ZoneShape::rings)))
                .toList();
    }
}
