package org.sitmap.geo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.LocalityKind;

/**
 * Random but plausible datasets: localities spread over the mapped area (mostly villages, some towns, cities and
 * sites), factions held in contiguous regions, and a front that moves over {@code days} days.
 */
public final class SyntheticDataset {
    private static final String[] FACTIONS = {"GOV", "HTS", "SNA", "SDF"};

    private SyntheticDataset() {
    }

    /** {@code n} localities inside northern Syria, with changes on {@code days} days after 26 Nov 2024. */
    public static Dataset northernSyria(int n, int days, long seed) {
        Geometry area = MappedArea.northernSyria();
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        Envelope env = area.getEnvelopeInternal();
        Random r = new Random(seed);
        Coordinate[] seeds = new Coordinate[FACTIONS.length];
        for (int i = 0; i < seeds.length; i++) seeds[i] = randomPoint(r, env, prepared);
        DatasetBuilder b = new DatasetBuilder();
        List<String> ids = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Coordinate c = randomPoint(r, env, prepared);
            double k = r.nextDouble();
            LocalityKind kind = k < 0.75 ? LocalityKind.VILLAGE : k < 0.88 ? LocalityKind.TOWN : k < 0.9 ? LocalityKind.CITY
                    : LocalityKind.values()[3 + r.nextInt(LocalityKind.values().length - 3)];
            Long population = kind.isSite() ? null : (long) (kind == LocalityKind.CITY ? 50_000 + r.nextInt(500_000)
                    : kind == LocalityKind.TOWN ? 5_000 + r.nextInt(40_000) : 200 + r.nextInt(3_000));
            String holder = FACTIONS[nearest(seeds, c)];
            String id = "x-l" + i;
            b.locality(id, kind, c.y, c.x, holder, population);
            ids.add(id);
            holders.add(holder);
        }
        LocalDate day = DatasetBuilder.D26;
        for (int d = 1; d <= days && n > 0; d++) {
            day = day.plusDays(1);
            int flips = 1 + r.nextInt(Math.max(1, n / 50));
            for (int f = 0; f < flips; f++) {
                int i = r.nextInt(n);
                String to = FACTIONS[r.nextInt(FACTIONS.length)];
                if (to.equals(holders.get(i))) continue;
                if (r.nextInt(5) == 0) {
                    b.change(ids.get(i), day, null, holders.get(i), to, ChangeKind.CONTESTED);
                } else {
                    b.captured(ids.get(i), day, holders.get(i), to);
                    holders.set(i, to);
                }
            }
        }
        return b.build();
    }

    private static Coordinate randomPoint(Random r, Envelope env, PreparedGeometry area) {
        while (true) {
            Coordinate c = new Coordinate(env.getMinX() + r.nextDouble() * env.getWidth(),
                    env.getMinY() + r.nextDouble() * env.getHeight());
            if (area.contains(Geometries.FACTORY.createPoint(c))) return c;
        }
    }

    private static int nearest(Coordinate[] seeds, Coordinate c) {
        int best = 0;
        for (int i = 1; i < seeds.length; i++) if (seeds[i].distance(c) < seeds[best].distance(c)) best = i;
        return best;
    }
}
