package org.sitmap.ui.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitmap.domain.ControlState;
import org.sitmap.domain.ControlTimeline;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;

/** What the localities layer shows at a zoom and instant: which places get a dot, which a label. Pure. */
public final class LocalityMarks {
    /** Below this zoom no dots are drawn: at country scale they would only hide the zones. */
    public static final double DOTS_FROM_ZOOM = 9;

    private LocalityMarks() {
    }

    /**
     * A locality to mark.
     *
     * @param locality  the place
     * @param holder    its holder at the instant, or null when unknown
     * @param contested whether fighting is reported inside
     * @param labelled  whether its name may be shown (collisions are resolved on screen)
     */
    public record Mark(Locality locality, String holder, boolean contested, boolean labelled) {
    }

    /** Marks at {@code zoom}, most important first (cities, then by population), so labels of big places win. */
    public static List<Mark> at(Dataset d, ControlTimeline timeline, Instant at, double zoom) {
        if (d == null || timeline == null || zoom < DOTS_FROM_ZOOM) return new ArrayList<>();
        Ranked r = ranked(d, timeline);
        List<Mark> out = new ArrayList<>(r.places().size());
        for (int i = 0; i < r.places().size(); i++) {
            Locality l = r.places().get(i);
            if (l.kind().isSite() && zoom < DOTS_FROM_ZOOM + 2) continue;
            boolean labelled = rank(l) == 0 || zoom >= DOTS_FROM_ZOOM + 1;
            PlaceStates states = r.states()[i];
            if (states == null) {
                // a place's runs are built on its second lookup, so the first marks (at start-up) cost no more than before
                if (!r.seen()[i]) {
                    r.seen()[i] = true;
                    ControlState s = timeline.stateAt(l.id(), at).orElse(null);
                    out.add(new Mark(l, s == null ? null : s.holder(), s != null && s.contested(), labelled));
                    continue;
                }
                states = r.states()[i] = new PlaceStates(timeline, l.id());
            }
            int run = states.runAt(at);
            out.add(new Mark(l, states.holder(run), states.contested(run), labelled));
        }
        return out;
    }

    /**
     * The last dataset's places, most important first, with their state runs by position: sorted once per dataset
     * and timeline, not at every step of the slider. Confined to the thread that calls {@link #at} (the FX thread in
     * the app); the field is volatile so another caller only ever sees a whole entry.
     */
    private static volatile Ranked ranked;

    private record Ranked(Dataset dataset, ControlTimeline timeline, List<Locality> places, PlaceStates[] states, boolean[] seen) {
    }

    private static Ranked ranked(Dataset d, ControlTimeline timeline) {
        Ranked r = ranked;
        if (r == null || r.dataset() != d || r.timeline() != timeline) {
            List<Locality> places = d.localities().stream().sorted(Comparator.comparingInt(LocalityMarks::rank)
                    .thenComparing(l -> -(l.population() == null ? 0 : l.population()))).toList();
            r = new Ranked(d, timeline, places, new PlaceStates[places.size()], new boolean[places.size()]);
            ranked = r;
        }
        return r;
    }

    /** A name as a map label: without a parenthesised remark ("Ehdas (ANF spelling; ...)" → "Ehdas"). */
    public static String shortName(String name) {
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    private static int rank(Locality l) {
        return l.kind() == LocalityKind.CITY ? 0 : l.kind() == LocalityKind.TOWN ? 1 : l.kind().isSite() ? 3 : 2;
    }
}
