package org.sitmap.basemap;

import java.awt.Color;

/**
 * Colours of the offline base map: a quiet palette so the coloured control zones drawn over it stand out.
 * Immutable. {@link #id()} is part of the tile-cache key, so change it (or {@link TileRenderer#RENDERER_VERSION})
 * whenever a colour or rule changes.
 */
public record TileStyle(String id, Color sea, Color land, Color syria, Color golanHatch, Color lake, Color river,
        Color coast, Color border, Color borderHalo, Color ceasefire, Color road, Color text, Color halo,
        Color minorText, Color waterText, Color countryText, Color dot) {

    public static final TileStyle LIGHT = new TileStyle("light",
            new Color(0xC8D7E1), new Color(0xE9E7E1), new Color(0xF6F4EF), new Color(0xB7AE9F), new Color(0xC8D7E1),
            new Color(0x9DB9CD), new Color(0x98AEBE), new Color(0x7D7185), new Color(0xF6F4EF, false),
            new Color(0x7D7185), new Color(0xC49A6C), new Color(0x2E2E2E), new Color(0xF8F7F3),
            new Color(0x5A5A5A), new Color(0x4F7A99), new Color(0x9A948C), new Color(0x4A4A4A));

    public static final TileStyle DARK = new TileStyle("dark",
            new Color(0x1B232B), new Color(0x2A2C2F), new Color(0x323539), new Color(0x4A4740), new Color(0x1B232B),
            new Color(0x35536A), new Color(0x3E4E5A), new Color(0x9A90A6), new Color(0x2A2C2F),
            new Color(0x9A90A6), new Color(0x8E7152), new Color(0xE2E2E2), new Color(0x1C1D20),
            new Color(0xB8B8B8), new Color(0x7FA3BF), new Color(0x77726B), new Color(0xC9C9C9));

    /** Light or dark by the app theme's name: anything containing "dark" is dark. */
    public static TileStyle forTheme(String theme) {
        return theme != null && theme.toLowerCase(java.util.Locale.ROOT).contains("dark") ? DARK : LIGHT;
    }
}
