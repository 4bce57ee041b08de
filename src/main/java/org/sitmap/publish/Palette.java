package org.sitmap.publish;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Faction;

/** Faction colours and names as the dataset defines them, for Java2D. Immutable. */
final class Palette {
    static final Color UNKNOWN = new Color(140, 140, 140);
    private final Map<String, Faction> factions = new HashMap<>();
    private final Map<String, Color> colours = new HashMap<>();

    Palette(Dataset d) {
        for (Faction f : d.factions()) {
            factions.put(f.id(), f);
            colours.put(f.id(), Color.decode(f.color()));
        }
    }

    Color colour(String faction) {
        return faction == null ? UNKNOWN : colours.getOrDefault(faction, UNKNOWN);
    }

    /** The faction's name in Arabic (when asked and known) or English; its code when unknown. */
    String name(String faction, boolean arabic) {
        Faction f = factions.get(faction);
        if (f == null) return faction;
        return arabic && !f.nameAr().isEmpty() ? f.nameAr() : f.name();
    }

    /** A darker shade for borders. */
    static Color darker(Color c, float factor) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        return Color.getHSBColor(hsb[0], hsb[1], hsb[2] * factor);
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(alpha * 255));
    }
}
