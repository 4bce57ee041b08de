package org.sitmap.basemap;

import java.util.Locale;
import org.sitmap.platform.Settings;

/**
 * The base-map setting: offline (the default) or one of the opt-in sources. Stored in {@link Settings} under
 * {@link Settings#BASEMAP} ("offline", "osm", "mbtiles", "xyz"), with the file in {@link Settings#BASEMAP_MBTILES}
 * and the URL template in {@link Settings#BASEMAP_XYZ}.
 *
 * @param kind     the source
 * @param location the MBTiles path or XYZ template; empty for offline and OpenStreetMap
 */
public record BaseMapChoice(Kind kind, String location) {
    public enum Kind { OFFLINE, OPENSTREETMAP, MBTILES, XYZ }

    public static final BaseMapChoice OFFLINE = new BaseMapChoice(Kind.OFFLINE, "");

    public BaseMapChoice {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        location = location == null ? "" : location.trim();
        if ((kind == Kind.MBTILES || kind == Kind.XYZ) && location.isEmpty())
            throw new IllegalArgumentException(kind + " needs a location");
    }

    /** Reads the choice from settings; anything missing or invalid gives {@link #OFFLINE}. */
    public static BaseMapChoice from(Settings settings) {
        String kind = settings.get(Settings.BASEMAP, "offline").trim().toLowerCase(Locale.ROOT);
        try {
            return switch (kind) {
                case "osm" -> new BaseMapChoice(Kind.OPENSTREETMAP, "");
                case "mbtiles" -> new BaseMapChoice(Kind.MBTILES, settings.get(Settings.BASEMAP_MBTILES, ""));
                case "xyz" -> new BaseMapChoice(Kind.XYZ, settings.get(Settings.BASEMAP_XYZ, ""));
                default -> OFFLINE;
            };
        } catch (IllegalArgumentException e) {
            return OFFLINE;
        }
    }

    /** Writes the choice into settings (the caller saves them). */
    public void storeIn(Settings settings) {
        settings.put(Settings.BASEMAP, switch (kind) {
            case OFFLINE -> "offline";
            case OPENSTREETMAP -> "osm";
            case MBTILES -> "mbtiles";
            case XYZ -> "xyz";
        });
        if (kind == Kind.MBTILES) settings.put(Settings.BASEMAP_MBTILES, location);
        if (kind == Kind.XYZ) settings.put(Settings.BASEMAP_XYZ, location);
    }

    /** True if this source fetches tiles over the network. */
    public boolean online() {
        return kind == Kind.OPENSTREETMAP || kind == Kind.XYZ;
    }
}
