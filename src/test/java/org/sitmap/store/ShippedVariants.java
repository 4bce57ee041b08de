package org.sitmap.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.sitmap.io.DataFiles;
import org.sitmap.io.DatasetReader;

/** Copies of the shipped data files changed for a test, written to a folder. */
public final class ShippedVariants {
    private ShippedVariants() {
    }

    /**
     * The shipped files in {@code dir}/data without the events dated after the last control change: a window can then
     * open on them before it reads the events (the shipped reports run on after the last change, so it cannot).
     */
    public static Path withEventsInsideItsPeriod(Path dir) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        LocalDate last = new DatasetReader().readWithoutEvents(DataFiles.embedded()).dataset().period().orElseThrow().last();
        for (String name : DataFiles.NAMES) {
            var in = DataFiles.embedded().open(name);
            if (in.isEmpty()) continue;
            String text;
            try (var s = in.get()) {
                text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (name.equals(DataFiles.EVENTS)) {
                text = text.lines().filter(l -> !l.isBlank() && !LocalDate.parse(l.replaceAll(".*?\"date\": *\"([0-9-]{10})\".*", "$1")).isAfter(last))
                        .collect(Collectors.joining("\n", "", "\n"));
            }
            Files.writeString(data.resolve(name), text);
        }
        return data;
    }

    /** The situation of a store at {@code db} whose built-in data is read from the folder {@code data}. */
    public static SituationService situation(Path db, Path data) {
        return new StoreSituationService(() -> SqliteSituationStore.open(db), () -> {
            try {
                return DataFiles.fromDirectory(data);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
