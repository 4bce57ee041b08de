package org.sitmap.geo;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.sitmap.domain.Locality;
import org.sitmap.domain.LocalityKind;

/**
 * How the zone engine draws zones. Immutable.
 *
 * @param mappedArea         the area to partition, polygonal, lon/lat degrees (x = longitude)
 * @param noDataKm           beyond this distance from every settlement (and outside every site's radius) the map says
 *                           "no data"; positive
 * @param siteRadiusKm       for each site kind ({@link LocalityKind#isSite()}): the radius within which a site decides
 *                           control; beyond it the nearest settlement does. Missing kinds use 1 km
 * @param urbanDensityPerKm2 people per km² used to turn a settlement's population into a core radius (a disk of
 *                           that area, centred on the settlement, that nearer villages cannot split); 0 disables cores
 * @param maxCoreKm          upper bound of a core radius
 */
public record ZoneOptions(Geometry mappedArea, double noDataKm, Map<LocalityKind, Double> siteRadiusKm,
                          double urbanDensityPerKm2, double maxCoreKm) {
    /** The default distance beyond which the map shows no data. */
    public static final double DEFAULT_NO_DATA_KM = 20;
    /** The smallest core: a village's built-up spot. */
    public static final double MIN_CORE_KM = 0.3;

    public ZoneOptions {
        Objects.requireNonNull(mappedArea, "mappedArea");
        if (!(mappedArea.getDimension() == 2)) throw new IllegalArgumentException("mapped area must be polygonal");
        if (!(noDataKm > 0)) throw new IllegalArgumentException("noDataKm must be positive, was " + noDataKm);
        siteRadiusKm = Map.copyOf(siteRadiusKm);
        if (urbanDensityPerKm2 < 0) throw new IllegalArgumentException("negative urban density " + urbanDensityPerKm2);
        if (maxCoreKm < 0) throw new IllegalArgumentException("negative core radius bound " + maxCoreKm);
    }

    /** Northern Syria ({@link MappedArea#northernSyria()}), 20 km, the default site radii and population cores. */
    public static ZoneOptions defaults() {
        Map<LocalityKind, Double> r = new EnumMap<>(LocalityKind.class);
        r.put(LocalityKind.NEIGHBOURHOOD, 1.2);
        r.put(LocalityKind.BASE, 2.0);
        r.put(LocalityKind.AIRPORT, 2.5);
        r.put(LocalityKind.DAM, 1.5);
        r.put(LocalityKind.CROSSING, 0.5);
        r.put(LocalityKind.LANDMARK, 0.4);
        r.put(LocalityKind.PRISON, 0.6);
        r.put(LocalityKind.INDUSTRIAL, 1.5);
        return new ZoneOptions(MappedArea.northernSyria(), DEFAULT_NO_DATA_KM, r, 4000, 10);
    }

    /** A copy with another no-data distance. */
    public ZoneOptions withNoDataKm(double km) {
        return new ZoneOptions(mappedArea, km, siteRadiusKm, urbanDensityPerKm2, maxCoreKm);
    }

    /** A copy with another mapped area. */
    public ZoneOptions withMappedArea(Geometry area) {
        return new ZoneOptions(area, noDataKm, siteRadiusKm, urbanDensityPerKm2, maxCoreKm);
    }

    /** A copy without population cores (plain Voronoi between settlements). */
    public ZoneOptions withoutCores() {
        return new ZoneOptions(mappedArea, noDataKm, siteRadiusKm, 0, maxCoreKm);
    }

    /** The radius within which a site decides control, km; 0 for settlements. */
    double siteRadiusKm(Locality l) {
        return l.kind().isSite() ? siteRadiusKm.getOrDefault(l.kind(), 1.0) : 0;
    }

    /**
     * The core radius of a settlement, km: a disk holding its population at the urban density, capped at
     * {@code maxCoreKm} and at the no-data distance; without a known population 3 km for a city, 1 km for a
     * town; never under {@link #MIN_CORE_KM}, so that every settlement decides at least its own built-up spot. 0 for sites, and for
     * everything when cores are disabled.
     */
    double coreRadiusKm(Locality l) {
        if (l.kind().isSite() || urbanDensityPerKm2 <= 0) return 0;
        double r;
        if (l.population() == null) {
            r = switch (l.kind()) {
                case CITY -> 3;
                case TOWN -> 1;
                default -> 0;
            };
        } else {
            r = Math.sqrt(l.population() / urbanDensityPerKm2 / Math.PI);
        }
        return Math.min(noDataKm, Math.max(MIN_CORE_KM, Math.min(maxCoreKm, r)));
    }
}
