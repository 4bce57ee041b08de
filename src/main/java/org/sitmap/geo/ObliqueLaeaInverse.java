package org.sitmap.geo;

import java.util.Optional;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.LambertAzimuthalEqualAreaProjection;
import org.locationtech.proj4j.proj.Projection;
import org.locationtech.proj4j.util.ProjectionMath;

/**
 * From a Lambert azimuthal equal-area plane on an ellipsoid (oblique aspect) to lon/lat degrees: proj4j's
 * {@code projectInverse_e} with the same constants (computed by proj4j's own {@code qsfn} and {@code authset}), where
 * identities take the place of its dear calls. proj4j takes a half-angle's arcsine and then its sine and cosine, the
 * authalic latitude's arcsine, and the sines of two, four and six times that latitude; here the first pair are
 * {@code 2u√(1−u²)} and {@code 1−2u²}, the sines follow from double-angle identities, and the one arcsine left is the
 * arctangent of its sine and cosine. {@code hypot} is a plain square root (the plane spans a few hundred kilometres:
 * nothing to overflow). Left are two arctangents and three square roots a point.
 *
 * <p>Why: a tessellation takes every vertex of its lines to degrees (6,000 shipped, 65,000 at scale 100), and under
 * the quick compiler {@code Math.asin} is a native call of about 140 ns ({@code Math.atan2} about 20): 530 ns a point
 * through proj4j on the 2-core benchmark machine, 184 ns here. The answers differ from proj4j's in the last bits only
 * ({@code EqualAreaProjectionTest}: within 1e-12°, a tenth of a micrometre), far inside the series proj4j itself uses
 * for the authalic latitude. Immutable; thread-safe.
 */
final class ObliqueLaeaInverse implements EqualAreaProjection.PointTransform {
    private final double scale, lam0, phi0, qp, rq, dd, sinb1, cosb1, apa0, apa1, apa2;

    private ObliqueLaeaInverse(Projection p) {
        double es = p.getEllipsoid().getEccentricitySquared(), e = Math.sqrt(es), oneEs = 1 - es;
        scale = p.getEquatorRadius() * p.getFromMetres();
        lam0 = p.getProjectionLongitude();
        phi0 = p.getProjectionLatitude();
        qp = ProjectionMath.qsfn(1., e, oneEs);
        double[] apa = ProjectionMath.authset(es);
        apa0 = apa[0];
        apa1 = apa[1];
        apa2 = apa[2];
        rq = Math.sqrt(.5 * qp);
        double sinPhi = Math.sin(phi0);
        sinb1 = ProjectionMath.qsfn(sinPhi, e, oneEs) / qp;
        cosb1 = Math.sqrt(1. - sinb1 * sinb1);
        dd = Math.cos(phi0) / (Math.sqrt(1. - es * sinPhi * sinPhi) * rq * cosb1);
    }

    /**
     * The inverse of {@code p}, when it is proj4j's ellipsoidal LAEA in the oblique aspect (centre neither on a pole
     * nor on the equator) without false origin; empty otherwise (use proj4j's).
     */
    static Optional<EqualAreaProjection.PointTransform> of(Projection p) {
        double phi = Math.abs(p.getProjectionLatitude());
        boolean oblique = phi > ProjectionMath.EPS10 && Math.abs(phi - ProjectionMath.HALFPI) > ProjectionMath.EPS10;
        boolean fits = p instanceof LambertAzimuthalEqualAreaProjection && p.getEllipsoid().getEccentricitySquared() > 0
                && oblique && p.getFalseEasting() == 0 && p.getFalseNorthing() == 0;
        return fits ? Optional.of(new ObliqueLaeaInverse(p)) : Optional.empty();
    }

    /** {@code src} in the plane (metres) to {@code tgt} in degrees (x = longitude); src and tgt may be the same. */
    @Override
    public ProjCoordinate transform(ProjCoordinate src, ProjCoordinate tgt) {
        double x = src.x / scale / dd, y = src.y / scale * dd;
        double rho = Math.sqrt(x * x + y * y);
        double lam, phi;
        if (rho < ProjectionMath.EPS10) {
            lam = 0;
            phi = phi0;
        } else {
            double u = .5 * rho / rq;  // proj4j: sCe = 2 asin(u), cCe = cos(sCe), sCe = sin(sCe)
            double cCe = 1 - 2 * u * u, sCe = 2 * u * Math.sqrt(1 - u * u);
            double ab = cCe * sinb1 + y * sCe * cosb1 / rho;
            x *= sCe;
            y = rho * cosb1 * cCe - y * sinb1 * sCe;
            lam = Math.atan2(x, y);
            // proj4j's authlat(asin(ab)): beta + apa0 sin 2beta + apa1 sin 4beta + apa2 sin 6beta
            double cosBeta = Math.sqrt(1 - ab * ab);
            double beta = Math.atan2(ab, cosBeta);  // asin(ab), with a tenth of its cost (see above)
            double s2 = 2 * ab * cosBeta, c2 = 1 - 2 * ab * ab;
            double s4 = 2 * s2 * c2, s6 = s2 * (3 - 4 * s2 * s2);
            phi = beta + apa0 * s2 + apa1 * s4 + apa2 * s6;
        }
        // as proj4j's inverseProjectRadians: clamped, then the central meridian added and normalized
        lam = Math.max(-Math.PI, Math.min(Math.PI, lam));
        if (lam0 != 0) lam = ProjectionMath.normalizeLongitude(lam + lam0);
        tgt.x = Math.toDegrees(lam);
        tgt.y = Math.toDegrees(phi);
        return tgt;
    }
}
