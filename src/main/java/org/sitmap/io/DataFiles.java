package org.sitmap.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a situation dataset, held in memory: read from a directory or from the jar's embedded copy.
 * Immutable.
 */
public final class DataFiles {
    public static final String FACTIONS = "factions.csv";
    public static final String LOCALITIES = "localities.csv";
    public static final String SOURCES = "sources.csv";
    public static final String CONTROL = "control.jsonl";
    public static final String EVENTS = "events.jsonl";
    /** Faction successions (optional: a dataset without them has none). */
    public static final String SUCCESSIONS = "successions.jsonl";
    /** Other names of localities that reports use (optional). */
    public static final String ALIASES = "aliases.csv";
    public static final List<String> NAMES = List.of(FACTIONS, LOCALITIES, SOURCES, CONTROL, EVENTS, SUCCESSIONS, ALIASES);
    /** The files a dataset may leave out. */
    public static final List<String> OPTIONAL = List.of(SUCCESSIONS, ALIASES);

    /** Where the build copies {@code data/} inside the jar. */
    static final String EMBEDDED_ROOT = "/sitmap/data/";

    private final String origin;
    private final Map<String, byte[]> contents;
    private final Map<String, Path> paths;

    private DataFiles(String origin, Map<String, byte[]> contents, Map<String, Path> paths) {
        this.origin = origin;
        this.contents = contents;
        this.paths = paths;
    }

    /**
     * The dataset files of a directory, read when opened (never held whole: a large events file streams);
     * missing files are reported by the reader, not here.
     */
    public static DataFiles fromDirectory(Path dir) throws IOException {
        Map<String, Path> map = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) map.put(name, p);
        }
        return new DataFiles(dir.toString(), Map.of(), map);
    }

    /** The dataset embedded in the application jar at build time. */
    public static DataFiles embedded() {
        Map<String, byte[]> map = new LinkedHashMap<>();
        for (String name : NAMES) {
            try (InputStream in = DataFiles.class.getResourceAsStream(EMBEDDED_ROOT + name)) {
                if (in != null) map.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read embedded " + name, e);
            }
        }
        return new DataFiles("embedded dataset", map, Map.of());
    }

    /** A description of where the files came from, for messages. */
    public String origin() {
        return origin;
    }

    /** A new stream over the file's bytes, or empty when the dataset has no such file. */
    public Optional<InputStream> open(String name) {
        byte[] b = contents.get(name);
        if (b != null) return Optional.of(new ByteArrayInputStream(b));
        Path p = paths.get(name);
        if (p == null) return Optional.empty();
        try {
            return Optional.of(new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** SHA-256 over the files' names and bytes: changes whenever any file's content changes. */
    public String contentHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : NAMES) {
                md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Optional<InputStream> in = open(name);
                if (in.isEmpty()) continue;
                try (InputStream s = in.get()) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = s.read(buffer)) > 0; ) md.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dataset in " + origin, e);
        }
    }
}
