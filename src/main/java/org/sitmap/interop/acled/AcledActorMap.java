package org.sitmap.interop.acled;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * ACLED actor names → Sitmap faction codes, from an editable CSV ({@code actor,faction,note}). A name ending in
 * {@code *} matches every actor starting with the rest; an empty faction marks an actor known to be no faction
 * (civilians, unidentified groups). Names compare case-insensitively. Immutable and thread-safe.
 */
public final class AcledActorMap {
    /** Where the build puts {@code data/acled-actors.csv} inside the jar. */
    static final String EMBEDDED = "/sitmap/data/acled-actors.csv";

    /** What the mapping says of an actor. */
    public sealed interface Lookup {
    }

    /** The actor stands for this faction. */
    public record Mapped(String faction) implements Lookup {
    }

    /** The mapping lists the actor as no faction. */
    public record NoFaction() implements Lookup {
    }

    /** The mapping does not know the actor: report it, never guess. */
    public record Unknown() implements Lookup {
    }

    private final Map<String, String> exact = new HashMap<>();
    private final List<String[]> prefixes = new ArrayList<>();

    private AcledActorMap(Reader csv) throws IOException {
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(csv)) {
            String actor = r.get("actor").toLowerCase(Locale.ROOT);
            String faction = r.get("faction");
            if (actor.isEmpty()) continue;
            if (actor.endsWith("*")) prefixes.add(new String[] {actor.substring(0, actor.length() - 1), faction});
            else exact.put(actor, faction);
        }
    }

    /** The Syrian defaults shipped with the application. */
    public static AcledActorMap defaults() {
        try (InputStream in = AcledActorMap.class.getResourceAsStream(EMBEDDED)) {
            if (in == null) throw new IllegalStateException("the ACLED actor mapping is missing from the application");
            return new AcledActorMap(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mapping file of the user's, in the same format. */
    public static AcledActorMap fromFile(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new AcledActorMap(r);
        }
    }

    public Lookup lookup(String actor) {
        String key = actor.strip().toLowerCase(Locale.ROOT);
        String faction = exact.get(key);
        if (faction == null) {
            for (String[] p : prefixes) {
                if (key.startsWith(p[0])) {
                    faction = p[1];
                    break;
                }
            }
        }
        if (faction == null) return new Unknown();
        return faction.isEmpty() ? new NoFaction() : new Mapped(faction);
    }

    /** The faction of an actor, when the mapping names one. */
    public Optional<String> faction(String actor) {
        return lookup(actor) instanceof Mapped m ? Optional.of(m.faction()) : Optional.empty();
    }
}
