package org.sitmap.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;

/** Faction names and zone colours as the dataset defines them (Okabe–Ito, safe for colour-blind readers). Immutable. */
public final class FactionPalette {
    /** For codes the dataset does not define. */
    public static final Color UNKNOWN = Color.gray(0.55);
    public static final FactionPalette EMPTY = new FactionPalette(List.of());
    private final Map<String, Faction> factions = new LinkedHashMap<>();
    private final Map<String, Color> colors = new LinkedHashMap<>();

    private FactionPalette(List<Faction> list) {
        for (Faction f : list) {
            factions.put(f.id(), f);
            colors.put(f.id(), Color.web(f.color()));
        }
    }

    public static FactionPalette of(Dataset d) {
        return d == null ? EMPTY : new FactionPalette(d.factions());
    }

    /** The faction's colour, or {@link #UNKNOWN}; null gives {@link #UNKNOWN} too. */
    public Color color(String factionId) {
        return factionId == null ? UNKNOWN : colors.getOrDefault(factionId, UNKNOWN);
    }

    /** The faction's English name, or its code when unknown; null gives "no data". */
    public String name(String factionId) {
        if (factionId == null) return "no data";
        Faction f = factions.get(factionId);
        return f == null ? factionId : f.name();
    }

    /** Factions that can hold ground, in dataset order. */
    public List<Faction> groundHolders() {
        return factions.values().stream().filter(Faction::holdsGround).toList();
    }

    /** All factions and actors, in dataset order. */
    public List<Faction> all() {
        return List.copyOf(factions.values());
    }

    /** A CSS colour literal, for the few truly dynamic styles (legend swatches, chips). */
    public static String web(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
