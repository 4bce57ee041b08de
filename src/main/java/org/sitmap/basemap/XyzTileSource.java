package org.sitmap.basemap;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.sitmap.platform.Version;

/**
 * Tiles fetched over HTTP from an XYZ URL template ({z}, {x}, {y}); used only when the user opts in to an online
 * source. Sends a User-Agent naming the application, as the OpenStreetMap tile usage policy requires. Uses the
 * system proxy settings. Thread-safe.
 */
public final class XyzTileSource implements TileSource {
    public static final String OSM_TEMPLATE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors (openstreetmap.org/copyright)";
    static final String USER_AGENT = "Sitmap/" + Version.current()
            + " (offline-first desktop situation map; tiles fetched only on user opt-in)";

    private final String template;
    private final String attribution;
    /** The largest tile accepted; real 256 px tiles are 5–60 KB. */
    static final int MAX_TILE_BYTES = 1 << 20;
    private final HttpClient client;

    public XyzTileSource(String template, String attribution) {
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}"))
            throw new IllegalArgumentException("URL template needs {z}, {x} and {y}: " + template);
        URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
        this.template = template;
        this.attribution = attribution;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .proxy(ProxySelector.getDefault()).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The OpenStreetMap standard tile layer. */
    public static XyzTileSource openStreetMap() {
        return new XyzTileSource(OSM_TEMPLATE, OSM_ATTRIBUTION);
    }

    URI uri(TileKey key) {
        return URI.create(template.replace("{z}", Integer.toString(key.zoom())).replace("{x}", Long.toString(key.x()))
                .replace("{y}", Long.toString(key.y())));
    }

    @Override
    public Optional<byte[]> tile(TileKey key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(key)).timeout(Duration.ofSeconds(20))
                .header("User-Agent", USER_AGENT).GET().build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.InputStream body = response.body()) {
            if (response.statusCode() == 404) return Optional.empty();
            if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode() + " for " + request.uri());
            // A tile server that sends more than a tile could ever be is broken or hostile: stop reading.
            byte[] bytes = body.readNBytes(MAX_TILE_BYTES + 1);
            if (bytes.length > MAX_TILE_BYTES) throw new IOException("tile larger than " + MAX_TILE_BYTES / 1024 + " KB from " + request.uri());
            return Optional.of(bytes);
        }
    }

    @Override
    public String attribution() {
        return attribution;
    }
}
