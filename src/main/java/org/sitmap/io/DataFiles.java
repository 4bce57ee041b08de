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

    /**
     * How long after its last change a file's size and modification time are not trusted to stand for its content
     * (see {@link #stamp()}).
     */
    static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(2);

    private static volatile DataFiles embedded;

    private final String origin;
    private final Map<String, byte[]> contents;
    private final Map<String, Path> paths;
    /** The hash of in-memory contents, once computed: they cannot change. */
    private volatile String memoryHash;

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

    /**
     * The dataset embedded in the application jar at build time. Read once per run: the jar's copy cannot change
     * under a running program, and every store open asks for it (twice at start-up).
     */
    public static DataFiles embedded() {
        DataFiles e = embedded;
        if (e == null) embedded = e = readEmbedded();
        return e;
    }

    private static DataFiles readEmbedded() {
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

    /**
     * What the file system says about the files without reading them, as git's index does: each one's name, path,
     * size, modification and status-change times and file key (inode), in a text equal for equal metadata. A store
     * keeps it next to the {@link #contentHash()} it computed, so the next start can trust that hash without reading
     * the files again (78 MB at benchmark scale 100; issue 18, cold start).
     * <p>
     * Safe because rewriting a file changes its size or times (a copy over it or a rename onto it also its inode),
     * and the status-change time cannot be set back by tools the way the modification time can. The known limit is a
     * rewrite to the same size within the file system's time granularity after the stamp was taken: so files changed
     * less than {@link #SETTLED} ago get no stamp (they are hashed every time until they have settled), which is
     * git's "racily clean" rule. Empty also for contents held in memory (the jar's copy: {@link #contentHash()} is
     * then computed once per run) and when the metadata cannot be read.
     */
    public Optional<String> stamp() {
        if (!contents.isEmpty() || paths.isEmpty()) return Optional.empty();
        long settledBefore = System.currentTimeMillis() - SETTLED.toMillis();
        StringBuilder out = new StringBuilder();
        try {
            for (String name : NAMES) {
                Path p = paths.get(name);
                out.append(name);
                if (p == null || !Files.isRegularFile(p)) {
                    out.append(" -\n");
                    continue;
                }
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
                long modified = a.lastModifiedTime().toMillis();
                Object changed = statusChange(p);
                long changedMillis = changed instanceof java.nio.file.attribute.FileTime t ? t.toMillis() : modified;
                if (Math.max(modified, changedMillis) > settledBefore) return Optional.empty();
                out.append(' ').append(p.toAbsolutePath().normalize()).append(' ').append(a.size())
                        .append(' ').append(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS))
                        .append(' ').append(changed instanceof java.nio.file.attribute.FileTime t
                                ? t.to(java.util.concurrent.TimeUnit.NANOSECONDS) : "-")
                        .append(' ').append(a.fileKey()).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // hashed instead
        }
        return Optional.of(out.toString());
    }

    /** The file's status-change time where the file system has one (POSIX), else null. */
    private static Object statusChange(Path p) throws IOException {
        try {
            return Files.getAttribute(p, "unix:ctime");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** SHA-256 over the files' names and bytes: changes whenever any file's content changes. */
    public String contentHash() {
        if (!contents.isEmpty()) {
            String h = memoryHash;
            if (h == null) memoryHash = h = computeHash();
            return h;
        }
        return computeHash();
    }

    private String computeHash() {
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
