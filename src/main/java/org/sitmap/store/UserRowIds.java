package org.sitmap.store;

import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Event;
import org.sitmap.domain.Locality;
import org.sitmap.domain.Source;

/** Ids of stored rows of any kind, and a locality or source under another id (a correction shown as the built-in). */
final class UserRowIds {
    private UserRowIds() {
    }

    static String idOf(Object value) {
        if (value instanceof Locality l) return l.id();
        if (value instanceof Source s) return s.id();
        if (value instanceof ControlChange c) return c.id();
        if (value instanceof Event e) return e.id();
        throw new IllegalArgumentException("unknown row " + value);
    }

    static Locality withId(Locality l, String id) {
        return new Locality(id, l.nameEn(), l.nameAr(), l.kind(), l.governorate(), l.point(), l.coordSource(), l.coordRef(),
                l.coordErrorKm(), l.geonamesId(), l.population());
    }

    static Source withId(Source s, String id) {
        return new Source(id, s.outlet(), s.title(), s.published(), s.url(), s.language(), s.seenOn());
    }
}
