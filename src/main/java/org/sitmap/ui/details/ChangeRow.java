package org.sitmap.ui.details;

import java.util.List;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;

/**
 * A control change as the details panel lists it.
 *
 * @param change   the change
 * @param place    its locality's English name
 * @param sources  its cited sources
 */
public record ChangeRow(ControlChange change, String place, List<SourceLink> sources) {
    public static ChangeRow of(Dataset d, ControlChange c) {
        String place = d.locality(c.localityId()).map(Locality::nameEn).orElse(c.localityId());
        return new ChangeRow(c, place, SourceLink.of(d, c.citations()));
    }

    /** "30 Nov 2024 · GOV → HTS (captured, medium confidence)". */
    public String summary() {
        ControlChange c = change;
        String who = c.kind() == ChangeKind.STATUS_QUO ? "held by " + c.to()
                : c.kind() == ChangeKind.CONTESTED ? c.to() + " attacks " + c.from() : c.from() + " → " + c.to();
        return c.when() + " · " + who + " (" + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ", " + c.confidence().name().toLowerCase(java.util.Locale.ROOT) + " confidence)";
    }
}
