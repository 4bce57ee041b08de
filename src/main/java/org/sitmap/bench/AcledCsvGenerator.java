package org.sitmap.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic ACLED export for the import benchmark: {@code 2,000 × scale} rows in ACLED's current column set,
 * around northern Syria's cities over the generated dataset's 365 days, with actors that {@code data/acled-actors.csv}
 * knows and about 3% territorial rows (which the importer turns into proposed control changes). Every row says it is
 * synthetic (ids {@code SYN…}, source {@code synthetic.invalid}). Deterministic for a scale and seed. Stateless.
 */
public final class AcledCsvGenerator {
    /** Rows per unit of scale: 200,000 at scale 100. */
    public static final int ROWS = 2_000;
    static final List<String> HEADER = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    private static final String[] ARMED = {"Military Forces of Syria (2000-2024)", "Hayat Tahrir al-Sham",
            "Syrian National Army", "SDF: Syrian Democratic Forces", "Military Forces of Turkey (2016-)",
            "Military Forces of Russia (2015-)", "Islamic State (Syria)", "Unidentified Armed Group (Syria)"};
    private static final String GOVERNMENT = ARMED[0];

    /** A kind of row: ACLED's type and sub-type, and whether actor2 is a civilian. */
    private record Kind(String type, String subType, boolean civilians) {
    }

    private static final List<Kind> KINDS = List.of(new Kind("Battles", "Armed clash", false),
            new Kind("Explosions/Remote violence", "Shelling/artillery/missile attack", false),
            new Kind("Explosions/Remote violence", "Air/drone strike", false),
            new Kind("Violence against civilians", "Attack", true),
            new Kind("Strategic developments", "Headquarters or base established", false),
            new Kind("Strategic developments", "Agreement", false));
    private static final Kind CAPTURE = new Kind("Battles", "Non-state actor overtakes territory", false);
    private static final Kind REGAIN = new Kind("Battles", "Government regains territory", false);

    /** Writes {@code ROWS × scale} rows to {@code file} (replaced if present). */
    public void write(int scale, long seed, Path file) throws IOException {
        if (scale < 1) throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        SplittableRandom random = new SplittableRandom(seed);
        int rows = ROWS * scale;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                     .setHeader(HEADER.toArray(String[]::new)).get())) {
            for (int i = 0; i < rows; i++) out.printRecord(row(i, (long) i * ScaleDatasetGenerator.DAYS / rows, random));
        }
    }

    private static List<Object> row(int i, long day, SplittableRandom random) {
        LocalDate date = ScaleDatasetGenerator.FIRST_DAY.plusDays(day);
        double k = random.nextDouble();
        Kind kind = k < 0.02 ? CAPTURE : k < 0.03 ? REGAIN : KINDS.get(random.nextInt(KINDS.size()));
        String actor1 = kind == REGAIN ? GOVERNMENT : kind == CAPTURE ? ARMED[1 + random.nextInt(3)]
                : ARMED[random.nextInt(ARMED.length)];
        String actor2 = kind.civilians() ? "Civilians (Syria)" : kind == REGAIN ? ARMED[1 + random.nextInt(3)]
                : kind == CAPTURE ? GOVERNMENT : random.nextInt(4) == 0 ? "" : ARMED[random.nextInt(ARMED.length)];
        ScaleDatasetGenerator.City city = ScaleDatasetGenerator.CITIES.get(random.nextInt(ScaleDatasetGenerator.CITIES.size()));
        double lat = city.lat() + (random.nextDouble() - 0.5) * 0.3, lon = city.lon() + (random.nextDouble() - 0.5) * 0.3;
        boolean near = random.nextInt(3) == 0;  // ACLED names a nearby place, else the city itself
        String location = near ? "Synthetic place near " + city.name() : "Synthetic " + city.name();
        int fatalities = random.nextInt(4) == 0 ? random.nextInt(25) : 0;
        List<Object> r = new ArrayList<>(HEADER.size());
        r.add(String.format(Locale.ROOT, "SYN%07d", i + 1));
        r.add(date.toString());
        r.add(date.getYear());
        r.add(1 + random.nextInt(3) / 2);
        r.add(kind.type().equals("Strategic developments") ? "Strategic developments" : "Political violence");
        r.add(kind.type());
        r.add(kind.subType());
        r.add(actor1);
        r.add("");
        r.add(1);
        r.add(actor2);
        r.add("");
        r.add(actor2.isEmpty() ? "" : 2);
        r.add(12);
        r.add(kind.civilians() ? "Civilian targeting" : "");
        r.add(760);
        r.add("Middle East");
        r.add("Syria");
        r.add(city.name());
        r.add(city.name());
        r.add("");
        r.add(location);
        r.add(String.format(Locale.ROOT, "%.4f", lat));
        r.add(String.format(Locale.ROOT, "%.4f", lon));
        r.add(near ? 2 : 1);
        r.add("Synthetic outlet (synthetic.invalid)");
        r.add("National");
        r.add("On " + date + ", a synthetic " + kind.subType().toLowerCase(Locale.ROOT) + " near " + city.name()
                + ", written by sitmap generate; not a report.");
        r.add(fatalities);
        r.add("");
        r.add(1_700_000_000L + i);
        return r;
    }
}
