package org.sitmap.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code bench} times the real window from outside: hidden launcher options that start the window with a probe,
 * and the lines the probe prints back ({@code sitmap-bench KEY value…}, milliseconds). Stateless.
 */
public final class WindowProtocol {
    /** Exit as soon as the first frame with zones drawn has been shown, printing {@link #FIRST_FRAME_MS}. */
    public static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";
    /** {@code --bench-scrub N}: once the window is idle, scrub N random instants and a drag of N steps, then exit. */
    public static final String SCRUB = "--bench-scrub";
    /** {@code --bench-data DIR}: show this dataset folder as the built-in data (e.g. a generated scale set). */
    public static final String DATA = "--bench-data";
    /** Output lines start with this; everything else a child prints is ignored. */
    public static final String PREFIX = "sitmap-bench ";
    /** Keys of the printed lines. */
    public static final String FIRST_FRAME_MS = "first-frame-ms", SCRUB_RANDOM_MS = "scrub-random-ms",
            SCRUB_DRAG_MS = "scrub-drag-ms", SCRUB_RANDOM_WORK_MS = "scrub-random-work-ms", WINDOW_HEAP_MB = "window-heap-mb";

    /** What the window should measure. */
    public enum Mode { FIRST_FRAME, SCRUB }

    /**
     * A parsed request.
     *
     * @param samples random instants, and steps of the drag (SCRUB only)
     * @param data    dataset folder to show, or null for the shipped data
     */
    public record Request(Mode mode, int samples, Path data) {
    }

    private WindowProtocol() {
    }

    /** The request in {@code args}, or empty when they are not a window-benchmark launch. */
    public static Optional<Request> parse(String[] args) {
        List<String> a = Arrays.asList(args);
        Path data = null;
        int i = 0;
        if (a.size() >= 2 && a.get(0).equals(DATA)) {
            data = Path.of(a.get(1));
            i = 2;
        }
        if (a.size() == i + 1 && a.get(i).equals(EXIT_AFTER_FIRST_FRAME)) return Optional.of(new Request(Mode.FIRST_FRAME, 0, data));
        if (a.size() == i + 2 && a.get(i).equals(SCRUB) && a.get(i + 1).matches("[1-9]\\d{0,5}")) {
            return Optional.of(new Request(Mode.SCRUB, Integer.parseInt(a.get(i + 1)), data));
        }
        return Optional.empty();
    }

    /** One output line: the prefix, the key and the values. */
    public static String line(String key, double... values) {
        StringBuilder b = new StringBuilder(PREFIX).append(key);
        for (double v : values) b.append(' ').append(String.format(Locale.ROOT, "%.3f", v));
        return b.toString();
    }

    /** The values of every protocol line among {@code lines}, by key. */
    static Map<String, double[]> read(List<String> lines) {
        Map<String, double[]> out = new HashMap<>();
        for (String l : lines) {
            if (!l.startsWith(PREFIX)) continue;
            String[] parts = l.substring(PREFIX.length()).trim().split(" ");
            out.put(parts[0], Arrays.stream(parts, 1, parts.length).mapToDouble(Double::parseDouble).toArray());
        }
        return out;
    }
}
