package org.sitmap.cli;

import org.locationtech.jts.geom.Envelope;
import org.sitmap.basemap.LabelLanguage;
import org.sitmap.basemap.TileStyle;
import org.sitmap.publish.RenderOptions;
import picocli.CommandLine.Option;

/** The options every image-making command shares: size, area, theme and language. A picocli mixin. */
final class PublishOptions {
    @Option(names = "--width", paramLabel = "PX", description = "Image width in pixels (default ${DEFAULT-VALUE}).")
    int width = RenderOptions.DEFAULT_WIDTH;

    @Option(names = "--height", paramLabel = "PX", description = "Image height in pixels (default ${DEFAULT-VALUE}).")
    int height = RenderOptions.DEFAULT_HEIGHT;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
            description = "Area to show (default: Syria north of 34.6° N).")
    String bbox;

    @Option(names = "--theme", paramLabel = "light|dark", description = "Base-map colours (default light).")
    String theme = "light";

    @Option(names = "--lang", paramLabel = "en|ar", description = "Language of place and faction names (default en).")
    String lang = "en";

    /** The render options these flags describe; a bad value gives an IllegalArgumentException naming it. */
    RenderOptions toRenderOptions() {
        if (!theme.equals("light") && !theme.equals("dark")) throw new IllegalArgumentException("--theme must be light or dark, was " + theme);
        if (!lang.equals("en") && !lang.equals("ar")) throw new IllegalArgumentException("--lang must be en or ar, was " + lang);
        RenderOptions o = RenderOptions.defaults().withSize(width, height).withStyle(TileStyle.forTheme(theme))
                .withLanguage(LabelLanguage.parse(lang));
        return bbox == null ? o : o.withBbox(parseBbox(bbox));
    }

    static Envelope parseBbox(String text) {
        String[] f = text.split(",");
        if (f.length != 4) throw new IllegalArgumentException("--bbox needs minLon,minLat,maxLon,maxLat, was " + text);
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(f[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--bbox: '" + f[i].strip() + "' is not a number");
            }
        }
        if (v[0] >= v[2] || v[1] >= v[3]) throw new IllegalArgumentException("--bbox: min must be below max, was " + text);
        if (v[1] < -85 || v[3] > 85 || v[0] < -180 || v[2] > 180) throw new IllegalArgumentException("--bbox out of range: " + text);
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
