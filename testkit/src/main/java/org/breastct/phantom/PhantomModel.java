package org.breastct.phantom;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The geometric model of one phantom: all shape parameters (drawn once from the seed) and the
 * rendering of one clean slice (HU before blur and noise, plus truth labels). Stateless after
 * {@link #calibrateGlands}, so any thread may render any slice, any number of times, and always
 * gets the same values. See {@link PhantomGenerator} for the description of the geometry.
 *
 * <p>Distances "from the outline" are in-plane: {@code (rb - rn) * a(theta)} with {@code rn} the
 * elliptic radius of the voxel, {@code rb} that of the outline in the same direction and
 * {@code a(theta)} the semi-axis length in that direction; for the nearly circular sections used
 * here it is within a few percent of the Euclidean distance to the outline.
 */
final class PhantomModel {

    static final int AIR = 0;
    static final int FAT = 1;
    static final int GLANDS = 2;
    static final int SKIN = 3;
    static final int MUSCLE = 4;
    static final int RIB = 5;
    static final int FOLD = 6;
    static final int IMPLANT = 7;

    static final int HU_AIR = -1024;
    /** Fat: G(-255) = 0 in the method's calibration (docs/method.md 2.6). */
    static final int HU_FAT = -255;
    static final int HU_SKIN = 5;
    static final int HU_MUSCLE = 40;
    static final int HU_RIB = 600;
    static final int HU_IMPLANT = 170;
    /** Glands run from -35 HU at the blob borders (G(-41) = 1) up to 0 HU in their cores. */
    static final int HU_GLAND_LOW = -35;
    static final int HU_GLAND_RISE = 35;
    static final double GLAND_HU_SLOPE = 50;

    /**
     * Skin thickness along the surface normal, in voxels (1.5 mm). Not thicker: the method's
     * muscle step erodes {@code img > -100} with a 5-cube and fills holes per slice
     * (docs/method.md 2.5); after the partial-volume blur a 5-voxel skin leaves 4 voxels above
     * -100 HU, which the erosion removes, so the eroded skin never closes a ring around the fat.
     */
    static final double SKIN_VOXELS = 5;
    /** Ribs and implant keep this in-plane distance from the breast outline (method: not in band(9)). */
    static final double INNER_MARGIN = 14;
    /** The importer clears everything beyond {@code columns / 2 - 30} (docs/method.md 1.3). */
    static final double CYLINDER_CUT = 30;
    /** Extra clearance of the body from that radius (blur, rounding). */
    static final double CLEARANCE = 4;
    /** Fat between ribs, implant and muscle. */
    static final double ORGAN_GAP = 5;
    /** Thickness of the muscle band on slice 0 at least (a Gaussian of sigma 5 keeps > -5 HU in its core). */
    static final double MIN_MUSCLE_THICKNESS = 26;

    private static final double HIST_MIN = -2.5;
    private static final double HIST_MAX = 3.5;
    static final int HIST_BINS = 6000;
    /** Weight of the central-radial and anterior bias of the gland field. */
    private static final double GLAND_RADIAL_BIAS = 1.2;
    private static final double GLAND_ANTERIOR_BIAS = 0.5;

    final int nz;
    final int ny;
    final int nx;
    final long seed;
    /** The importer's cylinder centre (row, column) = (R/2 - 1, C/2 - 1) and the usable radius. */
    final double cy;
    final double cx;
    final double usable;

    final double ax;
    final double ay;
    final double aMean;
    final double yc0;
    final double xc0;
    final double sag;
    final double driftX;
    final double e2;
    final double c2phi;
    final double s2phi;
    final double e3;
    final double c3phi;
    final double s3phi;
    final double emax;
    final int zTip;
    final double zEnd;

    /** Skin thickness along the normal and its clean HU ({@link #SKIN_VOXELS}, {@link #HU_SKIN} but for variants). */
    final double skinVoxels;
    final int huSkin;

    final int zMuscle;
    final double muscleDepth;
    final double muscleE0;
    final double muscleTilt;

    final int ribs;
    final double ribR;
    final double ribZ;
    final double[] ribY;
    final int ribZEnd;

    final boolean implant;
    final double zI;
    final double yI;
    final double xI;
    final double rzI;
    final double ryI;
    final double rxI;

    final boolean fold;
    final int zFold;
    final double foldR;
    final double foldD0;
    final double foldD1;

    /** Subcutaneous fat between the skin's inner surface and the glands, in-plane voxels. */
    final double subcutFat;
    final int glandZ0;
    /** {@link PhantomVariant#CHEST_WALL_GLANDS}: glands from slice 0 on, biased towards the chest wall. */
    final boolean chestWallGlands;
    final ValueNoise noise1;
    final ValueNoise noise2;
    private final double glandFraction;
    /** Gland threshold on the field; set by {@link #calibrateGlands}. */
    private double tau = Double.POSITIVE_INFINITY;

    PhantomModel(PhantomSpec spec) {
        nz = spec.slices();
        ny = spec.rows();
        nx = spec.columns();
        seed = spec.seed();
        glandFraction = spec.glandFraction();
        cy = ny / 2.0 - 1;
        cx = nx / 2.0 - 1;
        usable = Math.min(nx / 2.0 - CYLINDER_CUT, ny / 2.0 - 1) - CLEARANCE;

        // The fractions and ranges below are the geometry listed in PhantomGenerator's class
        // documentation; the draws come in a fixed order from one stream of the seed.
        SplittableRandom g = new SplittableRandom(mix64(seed ^ 0x5851F42D4C957F2DL));
        double fAx = g.nextDouble();
        double fAy = g.nextDouble();
        double fE2 = g.nextDouble();
        double phi2 = g.nextDouble() * 2 * Math.PI;
        double fE3 = g.nextDouble();
        double phi3 = g.nextDouble() * 2 * Math.PI;
        double fSag = g.nextDouble();
        double fDrift = g.nextDouble();
        boolean driftLeft = g.nextBoolean();
        int tipGap = 3 + g.nextInt(4);
        double fMuscle = g.nextDouble();
        double fTilt = g.nextDouble();

        fold = spec.fold();
        if (fold) {
            ax = usable * (0.64 + 0.04 * fAx);
            ay = usable * (0.50 + 0.03 * fAy);
            yc0 = cy - 0.30 * usable;
        } else {
            ax = usable * (0.78 + 0.04 * fAx);
            ay = usable * (0.70 + 0.04 * fAy);
            yc0 = cy - 0.03 * usable;
        }
        xc0 = cx;
        aMean = 0.5 * (ax + ay);
        e2 = 0.03 * fE2;
        e3 = 0.025 * fE3;
        emax = e2 + e3;
        c2phi = Math.cos(phi2);
        s2phi = Math.sin(phi2);
        c3phi = Math.cos(phi3);
        s3phi = Math.sin(phi3);
        sag = (0.06 + 0.06 * fSag) * ay;
        driftX = (driftLeft ? -1 : 1) * (0.02 + 0.03 * fDrift) * ax;
        zTip = nz - 1 - tipGap;
        zEnd = zTip + 1;

        PhantomVariant variant = spec.variant();
        skinVoxels = variant == PhantomVariant.THIN_SKIN ? PhantomVariant.THIN_SKIN_VOXELS
                : variant == PhantomVariant.THICK_SKIN ? PhantomVariant.THICK_SKIN_VOXELS : SKIN_VOXELS;
        huSkin = variant == PhantomVariant.DENSE_SKIN ? PhantomVariant.DENSE_SKIN_HU : HU_SKIN;
        zMuscle = variant == PhantomVariant.NO_MUSCLE ? 0
                : Math.max(3, (int) Math.round(nz * (0.06 + 0.06 * fMuscle)));
        // MUSCLE_TO_SURFACE: no fat between skin and muscle (the skin test comes first in render)
        muscleDepth = variant == PhantomVariant.MUSCLE_TO_SURFACE ? 0 : skinVoxels + Math.max(6, 0.05 * ay);
        muscleTilt = 0.16 * (fTilt - 0.5);

        // Ribs lie under the pectoralis (the method takes the rib as the muscle seed, docs/method.md
        // 2.5): stacked downwards from 14 voxels below the top of section 0, the muscle band
        // extended to cover their centres.
        ribs = spec.ribs();
        ribR = Math.max(6, Math.min(12, ay / 12));
        ribZ = 0.3 * ribR;
        ribY = new double[ribs];
        double rbTop = 1 - e2 * c2phi - e3 * s3phi;
        double rbBottom = 1 - e2 * c2phi + e3 * s3phi;
        double ribLimit = yc0 + ay * rbBottom - INNER_MARGIN - 2;
        for (int k = 0; k < ribs; k++) {
            ribY[k] = yc0 - ay * rbTop + INNER_MARGIN + ribR + 2 + k * (2 * ribR + ORGAN_GAP + 1);
            if (ribY[k] + ribR > ribLimit) {
                throw new IllegalArgumentException("a " + ny + " x " + nx + " phantom slice has room for " + k
                        + " rib(s) of radius " + Math.round(ribR) + ", not " + ribs
                        + "; use more rows and columns or fewer ribs");
            }
        }
        double e0 = Math.max(-0.35 * ay, -ay + muscleDepth + MIN_MUSCLE_THICKNESS);
        if (ribs > 0) {
            // covers the rib centres; with an implant also the fat kept around the ribs, so that the
            // implant below touches the muscle
            double below = spec.implant() ? ribR + ORGAN_GAP + 1 : 2;
            e0 = Math.max(e0, ribY[ribs - 1] - yc0 + below + Math.abs(muscleTilt) * ax);
        }
        muscleE0 = e0;
        ribZEnd = ribs > 0 ? (int) Math.ceil(ribZ + ribR) + 1 : 0;

        implant = spec.implant();
        // With a fold the breast is smaller; the implant takes more of it to stay above 150^3 voxels
        // at the benchmark size.
        rzI = (fold ? 0.30 : 0.25) * nz;
        zI = 0.35 * rzI;
        ryI = (fold ? 0.58 : 0.50) * ay;
        rxI = (fold ? 0.68 : 0.58) * ax;
        yI = yc0 + 0.15 * ay;
        xI = xc0;

        zFold = Math.max(2, (int) Math.round(0.15 * nz));
        foldR = 0.90 * usable;
        foldD0 = 0.46 * usable;
        foldD1 = 0.56 * usable;

        subcutFat = 4 + 0.08 * ay;
        chestWallGlands = variant == PhantomVariant.CHEST_WALL_GLANDS;
        glandZ0 = chestWallGlands ? 0 : Math.max(zMuscle, ribZEnd) + 3;
        double cell = Math.max(6, Math.min(40, ay / 4));
        noise1 = new ValueNoise(mix64(seed + 101), cell, ny, nx);
        noise2 = new ValueNoise(mix64(seed + 202), Math.max(3, 0.45 * cell), ny, nx);
    }

    /** Cross-section scale of slice z: 1 at the chest wall, 0 beyond the tip (half-ellipsoid). */
    double profile(int z) {
        if (z > zTip) {
            return 0;
        }
        double t = z / zEnd;
        return Math.sqrt(1 - t * t);
    }

    double centreY(int z) {
        double t = z / (double) zTip;
        return yc0 + sag * t * t;
    }

    double centreX(int z) {
        double t = z / (double) zTip;
        return xc0 + driftX * t * t;
    }

    /** In-plane skin width: the normal thickness over the cosine of the surface slope. */
    double skinWidth(int z, double s) {
        double slope = aMean * z / (zEnd * zEnd * s);
        return skinVoxels * Math.sqrt(1 + slope * slope);
    }

    /** Row offset (from the section centre) of the lower edge of the muscle band on slice z < zMuscle. */
    double muscleEdge(int z, double s) {
        double top = -ay * s + muscleDepth;
        double t = z / (double) zMuscle;
        return muscleE0 + (top - muscleE0) * t * Math.sqrt(t);
    }

    /**
     * Sets the gland threshold so that glands take {@code glandFraction} of the interior, from
     * a histogram of the gland field over every second voxel along each axis (see
     * {@link #sample}). {@code hist} and {@code interior} are the summed results.
     */
    void calibrateGlands(long[] hist, long interior) {
        double target = glandFraction * interior;
        if (target <= 0) {
            tau = Double.POSITIVE_INFINITY;
            return;
        }
        double width = (HIST_MAX - HIST_MIN) / HIST_BINS;
        long acc = 0;
        for (int b = HIST_BINS - 1; b >= 0; b--) {
            long h = hist[b];
            if (acc + h >= target && h > 0) {
                double inBin = (target - acc) / h;
                tau = HIST_MIN + (b + 1 - inBin) * width;
                return;
            }
            acc += h;
        }
        tau = Double.NEGATIVE_INFINITY;
    }

    double tau() {
        return tau;
    }

    /** Adds the gland-field histogram of the sampled candidates and the sampled interior count of slice z. */
    void sample(int z, int step, long[] hist, long[] interior) {
        render(z, step, null, null, hist, interior);
    }

    /**
     * Renders clean slice z: HU into {@code hu} and labels into {@code truth} (either may be null;
     * both are slice-sized and fully overwritten).
     */
    void render(int z, int[] hu, byte[] truth) {
        render(z, 1, hu, truth, null, null);
    }

    private void render(int z, int step, int[] hu, byte[] truth, long[] hist, long[] interior) {
        boolean sampling = hist != null;
        if (hu != null) {
            Arrays.fill(hu, HU_AIR);
        }
        if (truth != null) {
            Arrays.fill(truth, (byte) AIR);
        }
        if (fold && z < zFold && !sampling) {
            renderFold(z, hu, truth);
        }
        double s = profile(z);
        if (s <= 0) {
            return;
        }
        double yc = centreY(z);
        double xc = centreX(z);
        double rMax = s * (1 + emax);
        double w = skinWidth(z, s);
        boolean glandSlice = z >= glandZ0 && (sampling || tau != Double.POSITIVE_INFINITY);
        double[] plane1 = null;
        double[] plane2 = null;
        double[] row1 = null;
        double[] row2 = null;
        if (glandSlice) {
            plane1 = new double[noise1.nodesY * noise1.nodesX];
            plane2 = new double[noise2.nodesY * noise2.nodesX];
            row1 = new double[noise1.nodesX];
            row2 = new double[noise2.nodesX];
            noise1.plane(z, plane1);
            noise2.plane(z, plane2);
        }
        // CHEST_WALL_GLANDS: the bias points to the chest wall instead, so the gland tree reaches slice 0
        double zBias = GLAND_ANTERIOR_BIAS * (chestWallGlands ? 1 - z / (double) zTip : z / (double) zTip);
        boolean muscleSlice = z < zMuscle;
        double muscleOff = muscleSlice ? muscleEdge(z, s) : 0;
        boolean implantSlice = implant && Math.abs(z - zI) < rzI + ORGAN_GAP + 1;
        double rib2 = ribR * ribR;
        double ribNear2 = (ribR + ORGAN_GAP) * (ribR + ORGAN_GAP);
        double dzRib = z - ribZ;
        double ax2 = ax * ax;
        double ay2 = ay * ay;
        double g = ORGAN_GAP + 1;

        int yStart = Math.max(0, (int) Math.ceil(yc - rMax * ay));
        int yEnd = Math.min(ny - 1, (int) Math.floor(yc + rMax * ay));
        if (sampling) {
            yStart = (yStart + step - 1) / step * step;
        }
        for (int y = yStart; y <= yEnd; y += step) {
            double v = (y - yc) / ay;
            double rem = rMax * rMax - v * v;
            if (rem <= 0) {
                continue;
            }
            double half = Math.sqrt(rem) * ax;
            int xStart = Math.max(0, (int) Math.ceil(xc - half));
            int xEnd = Math.min(nx - 1, (int) Math.floor(xc + half));
            if (sampling) {
                xStart = (xStart + step - 1) / step * step;
            }
            boolean ribRow = false;
            boolean ribNear = false;
            for (int k = 0; k < ribs; k++) {
                double dy = y - ribY[k];
                double d2 = dzRib * dzRib + dy * dy;
                ribRow |= d2 <= rib2;
                ribNear |= d2 <= ribNear2;
            }
            double qzy = 2;
            double qzyNear = 2;
            if (implantSlice) {
                double a = (z - zI) / rzI;
                double b = (y - yI) / ryI;
                qzy = a * a + b * b;
                double an = (z - zI) / (rzI + g);
                double bn = (y - yI) / (ryI + g);
                qzyNear = an * an + bn * bn;
            }
            if (glandSlice) {
                noise1.row(plane1, y, row1);
                noise2.row(plane2, y, row2);
            }
            double dyc = y - yc;
            int rowBase = y * nx;
            double vv = v * v;
            for (int x = xStart; x <= xEnd; x += step) {
                double u = (x - xc) / ax;
                double r2 = u * u + vv;
                double rn;
                double rb;
                double aTheta;
                if (r2 > 1e-18) {
                    rn = Math.sqrt(r2);
                    double inv = 1 / rn;
                    double cu = u * inv;
                    double sv = v * inv;
                    double c2 = cu * cu - sv * sv;
                    double s2 = 2 * cu * sv;
                    double c3 = c2 * cu - s2 * sv;
                    double s3 = s2 * cu + c2 * sv;
                    rb = s * (1 + e2 * (c2 * c2phi - s2 * s2phi) + e3 * (c3 * c3phi - s3 * s3phi));
                    if (rn >= rb) {
                        continue;
                    }
                    aTheta = Math.sqrt(cu * cu * ax2 + sv * sv * ay2);
                } else {
                    rn = 0;
                    rb = s * (1 + e2 * c2phi + e3 * c3phi);
                    aTheta = aMean;
                }
                double depth = (rb - rn) * aTheta;
                int label;
                int value;
                double muscleLine = muscleSlice ? muscleOff + muscleTilt * (x - xc) : 0;
                if (depth < w) {
                    label = SKIN;
                    value = huSkin;
                } else if (ribRow && depth >= INNER_MARGIN) {
                    label = RIB;
                    value = HU_RIB;
                } else if (muscleSlice && depth >= muscleDepth && dyc <= muscleLine) {
                    label = MUSCLE;
                    value = HU_MUSCLE;
                } else if (qzy < 1 && depth >= INNER_MARGIN && !ribNear && inImplant(qzy, x)
                        && (!muscleSlice || dyc > muscleLine)) {
                    label = IMPLANT;
                    value = HU_IMPLANT;
                } else {
                    label = FAT;
                    value = HU_FAT;
                    if (glandSlice && depth >= w + subcutFat && !(qzyNear < 1 && nearImplant(qzyNear, x))) {
                        double rr = rn / rb;
                        double f = noise1.at(row1, x) + 0.5 * noise2.at(row2, x)
                                + GLAND_RADIAL_BIAS * (1 - rr * rr) + zBias;
                        if (sampling) {
                            int bin = (int) ((f - HIST_MIN) * (HIST_BINS / (HIST_MAX - HIST_MIN)));
                            hist[Math.max(0, Math.min(HIST_BINS - 1, bin))]++;
                        } else if (f > tau) {
                            label = GLANDS;
                            value = HU_GLAND_LOW + (int) Math.round(Math.min(HU_GLAND_RISE, GLAND_HU_SLOPE * (f - tau)));
                        }
                    }
                    if (sampling) {
                        interior[0]++;
                    }
                }
                if (hu != null) {
                    hu[rowBase + x] = value;
                }
                if (truth != null) {
                    truth[rowBase + x] = (byte) label;
                }
            }
        }
    }

    private boolean inImplant(double qzy, int x) {
        double c = (x - xI) / rxI;
        return qzy + c * c <= 1;
    }

    private boolean nearImplant(double qzyNear, int x) {
        double c = (x - xI) / (rxI + ORGAN_GAP + 1);
        return qzyNear + c * c <= 1;
    }

    /**
     * The abdominal skin fold on slice z < zFold: the part of the disc of radius {@code foldR}
     * around the cylinder centre below the chord at {@code cy + d(z)}, d growing with z so the
     * section shrinks; skin within {@link #SKIN_VOXELS} of its border, fat inside; all label 6.
     */
    private void renderFold(int z, int[] hu, byte[] truth) {
        double d = foldD0 + (foldD1 - foldD0) * z / zFold;
        int yStart = Math.max(0, (int) Math.ceil(cy + d));
        int yEnd = Math.min(ny - 1, (int) Math.floor(cy + foldR));
        double r2max = foldR * foldR;
        for (int y = yStart; y <= yEnd; y++) {
            double dy = y - cy;
            double rem = r2max - dy * dy;
            if (rem <= 0) {
                continue;
            }
            double half = Math.sqrt(rem);
            int xStart = Math.max(0, (int) Math.ceil(cx - half));
            int xEnd = Math.min(nx - 1, (int) Math.floor(cx + half));
            double toChord = dy - d;
            int rowBase = y * nx;
            for (int x = xStart; x <= xEnd; x++) {
                double dx = x - cx;
                double rc = Math.sqrt(dx * dx + dy * dy);
                if (rc > foldR) {
                    continue;
                }
                double depth = Math.min(foldR - rc, toChord);
                if (hu != null) {
                    hu[rowBase + x] = depth < skinVoxels ? huSkin : HU_FAT;
                }
                if (truth != null) {
                    truth[rowBase + x] = (byte) FOLD;
                }
            }
        }
    }

    /** SplitMix64's output function (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
