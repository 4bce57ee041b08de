package org.sitmap.geo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.sitmap.domain.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zones a window opens on, kept in one file between runs so the next start can draw them before the zone
 * engine is built (issue 18, cold start). The file holds a few snapshots of one dataset, geometries as WKB, under a
 * key that hashes the build of the application (the code that computed them) and every row the zones depend on
 * (factions, localities, control changes, successions): a snapshot is only ever served for the data and code that
 * computed it. A missing, unreadable or outdated file is a miss, never an error. Thread-safe.
 *
 * <p>The build also ships the opening zones of the embedded dataset in the same form ({@link #SHIPPED}, written by
 * {@code ShippedOpeningZones} when Maven builds the classes): a first start on the shipped data reads them instead
 * of cutting the map into faces in a JVM whose code is not yet compiled. They are consulted after the user's file,
 * under the same key, so they serve only the data and build that computed them.
 */
public final class ZoneSnapshotCache {
    private static final Logger LOG = LoggerFactory.getLogger(ZoneSnapshotCache.class);
    private static final String MAGIC = "sitmap-zone-snapshots-1";
    /** The class-path resource holding the shipped dataset's opening zones, when the build wrote it. */
    public static final String SHIPPED = "/sitmap/opening-zones.bin";
    private final Path file;
    private final String build;
    private final Source shipped;
    /**
     * Each dataset's key, computed once: hashing every row is hundreds of milliseconds at scale 100, and a start asks
     * for it when it opens and again when it keeps its zones. Weak and by identity (datasets do not override equals).
     */
    private final Map<Dataset, String> keys = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param file  where the snapshots are kept (created on the first {@link #store})
     * @param build identity of this build of the application; null or blank turns the cache off (a build that does
     *              not know itself could serve zones computed by other code)
     */
    public ZoneSnapshotCache(Path file, String build) {
        this(file, build, (URL) null);
    }

    /**
     * As above, consulting {@code shipped} (zones the build computed, such as {@link #SHIPPED}'s resource) when the
     * file does not hold the zones asked for; null for none.
     */
    public ZoneSnapshotCache(Path file, String build, URL shipped) {
        this.file = Objects.requireNonNull(file, "file");
        this.build = build == null || build.isBlank() ? null : build;
        this.shipped = shipped == null ? null : shipped::openStream;
    }

    /** The cache at {@code file} that also consults the zones shipped in this build's jar. */
    public static ZoneSnapshotCache withShippedZones(Path file, String build) {
        return new ZoneSnapshotCache(file, build, ZoneSnapshotCache.class.getResource(SHIPPED));
    }

    /** Opens one place snapshots are kept. */
    private interface Source {
        InputStream open() throws IOException;
    }

    /**
     * An engine for {@code d} that answers {@link ZoneEngine#snapshotAt} from the snapshots stored for it, and
     * builds the real engine ({@code engines}) only when asked anything else. Reads the file now; hashes the data
     * only when the file holds zones of this build (a first start has none, and the hash is long at scale).
     */
    public ZoneEngine engine(Dataset d, Function<Dataset, ZoneEngine> engines) {
        Map<Instant, ZoneSnapshot> stored = holdsThisBuild(userFile()) ? read(userFile(), key(d)) : Map.of();
        if (stored.isEmpty() && shipped != null && holdsThisBuild(shipped)) stored = read(shipped, key(d));
        return stored.isEmpty() ? engines.apply(d) : new CachedZoneEngine(d, stored, () -> engines.apply(d));
    }

    /**
     * Whether the file (or the shipped zones) holds zones kept by this build, quickly, without reading them: whether
     * the next {@link #engine} call is likely to answer without building the engine (it still checks the data).
     */
    public boolean holdsThisBuild() {
        return holdsThisBuild(userFile()) || shipped != null && holdsThisBuild(shipped);
    }

    private Source userFile() {
        return () -> Files.newInputStream(file);
    }

    private boolean holdsThisBuild(Source source) {
        if (build == null) return false;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(source.open(), 512))) {
            return MAGIC.equals(in.readUTF()) && build.equals(in.readUTF());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Keeps {@code engine}'s snapshots at {@code instants} for the next start, unless the file already holds exactly
     * those for {@code d}. Computes them if needed: call off the FX thread.
     */
    public void store(Dataset d, ZoneEngine engine, Instant... instants) {
        if (build == null) return;
        String key = key(d);
        Map<Instant, ZoneSnapshot> snapshots = new LinkedHashMap<>();
        for (Instant at : instants) {
            ZoneSnapshot s = engine.snapshotAt(at);
            snapshots.put(s.at(), s);
        }
        if (read(userFile(), key).keySet().equals(snapshots.keySet())) return;
        // Nor a copy of the shipped zones: the next start finds them there.
        if (shipped != null && read(shipped, key).keySet().equals(snapshots.keySet())) return;
        try {
            write(key, snapshots.values());
        } catch (IOException e) { // handled: the next start computes the zones again
            LOG.info("Zones not kept for the next start ({})", e.toString());
        }
    }

    /** The key of {@code d}'s zones under this build. */
    String key(Dataset d) {
        return keys.computeIfAbsent(d, this::hash);
    }

    private String hash(Dataset d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Records print every component, so equal rows print equally; the order is the dataset's own.
            for (Object part : List.of(build, d.factions(), d.localities(), d.changes(), d.successions())) {
                sha.update(part.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Map<Instant, ZoneSnapshot> read(Source source, String key) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(source.open()))) {
            if (!MAGIC.equals(in.readUTF()) || !build.equals(in.readUTF()) || !key.equals(in.readUTF())) return Map.of();
            Map<Instant, ZoneSnapshot> out = new LinkedHashMap<>();
            WKBReader wkb = new WKBReader(Geometries.FACTORY);
            for (int n = in.readInt(); n > 0; n--) {
                ZoneSnapshot s = readSnapshot(in, wkb);
                out.put(s.at(), s);
            }
            return out;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | ParseException | RuntimeException e) { // a damaged file is a miss; store() replaces it
            LOG.info("Stored zones not used ({})", e.toString());
            return Map.of();
        }
    }

    private static ZoneSnapshot readSnapshot(DataInputStream in, WKBReader wkb) throws IOException, ParseException {
        Instant at = readInstant(in);
        List<Zone> zones = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String faction = readNullable(in), contestedBy = readNullable(in);
            ZoneStatus status = ZoneStatus.valueOf(in.readUTF());
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            Geometry geometry = wkb.read(bytes);
            double area = in.readDouble();
            Instant since = in.readBoolean() ? readInstant(in) : null;
            List<String> ids = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) ids.add(in.readUTF());
            zones.add(new Zone(faction, contestedBy, status, geometry, area, since, ids));
        }
        return new ZoneSnapshot(at, zones);
    }

    private void write(String key, Iterable<ZoneSnapshot> snapshots) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeUTF(MAGIC);
                out.writeUTF(build);
                out.writeUTF(key);
                List<ZoneSnapshot> all = new ArrayList<>();
                snapshots.forEach(all::add);
                out.writeInt(all.size());
                WKBWriter wkb = new WKBWriter();
                for (ZoneSnapshot s : all) writeSnapshot(out, s, wkb);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeSnapshot(DataOutputStream out, ZoneSnapshot s, WKBWriter wkb) throws IOException {
        writeInstant(out, s.at());
        out.writeInt(s.zones().size());
        for (Zone z : s.zones()) {
            writeNullable(out, z.faction());
            writeNullable(out, z.contestedBy());
            out.writeUTF(z.status().name());
            byte[] bytes = wkb.write(z.geometry());
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeDouble(z.areaKm2());
            out.writeBoolean(z.since() != null);
            if (z.since() != null) writeInstant(out, z.since());
            out.writeInt(z.localityIds().size());
            for (String id : z.localityIds()) out.writeUTF(id);
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    private static void writeInstant(DataOutputStream out, Instant at) throws IOException {
        out.writeLong(at.getEpochSecond());
        out.writeInt(at.getNano());
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) out.writeUTF(s);
    }
}
