package org.sitmap.geo;

import java.util.Comparator;
import org.sitmap.domain.ControlState;

/** What puts two faces into one zone: the same status, holder and (when contested) attacker. */
record ZoneKey(ZoneStatus status, String faction, String contestedBy) {
    static final Comparator<ZoneKey> ORDER = Comparator.comparing(ZoneKey::status)
            .thenComparing(ZoneKey::faction, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ZoneKey::contestedBy, Comparator.nullsFirst(Comparator.naturalOrder()));
    static final ZoneKey NO_DATA = new ZoneKey(ZoneStatus.NO_DATA, null, null);

    static ZoneKey of(ControlState s) {
        return s.contested() ? new ZoneKey(ZoneStatus.CONTESTED, s.holder(), s.contestedBy())
                : new ZoneKey(ZoneStatus.HELD, s.holder(), null);
    }
}
