package org.breastct.phantom;

import java.util.Locale;

/**
 * What synthetic breast to generate: the grid shape, the random seed and the optional
 * structures. Immutable; validated in the canonical constructor; {@link #DEFAULT} holds the
 * defaults once.
 *
 * <p>The phantom is laid out like a dedicated breast-CT volume after the authors' DICOM import
 * (docs/method.md section 1): {@code [z][y][x]}, slice 0 at the chest wall, 0.3 mm voxels, the body
 * inside the radius {@code columns / 2 - 30} the importer keeps. See {@link PhantomGenerator} for
 * the geometry and the HU values.
 *
 * @param slices number of slices {@code L} (z), at least {@link #MIN_SLICES}
 * @param rows number of rows (y), at least {@link #MIN_ROWS_COLUMNS}
 * @param columns number of columns (x), at least {@link #MIN_ROWS_COLUMNS}
 * @param seed random seed; equal specs give identical volumes for any thread count
 * @param ribs number of ribs at the chest wall, 0 to {@link #MAX_RIBS} (the method keeps at most
 *        three bone components, docs/method.md 2.4). They need room under the pectoralis: none fit
 *        at 128 x 128, two at 160 x 160, three from 200 x 200 (with a fold: two at 200, three from
 *        240); {@link PhantomGenerator#generate} throws otherwise.
 * @param implant whether a silicone implant (label 7) sits at the chest wall behind the glands
 * @param fold whether an abdominal skin fold (label 6) lies below the breast in the first ~15 % of
 *        the slices; needs rows and columns of at least {@link #MIN_FOLD_ROWS_COLUMNS} so that its
 *        sections exceed the method's 1000-pixel component size (docs/method.md 2.2)
 * @param noiseHu standard deviation of the additive image noise in HU, 0 to {@link #MAX_NOISE_HU}
 *        (the noise is bounded at 3.47 sigma, so air stays below -500 HU)
 * @param glandFraction fraction of the breast interior (fat + glands) that is fibroglandular
 *        tissue, 0 to {@link #MAX_GLAND_FRACTION}
 * @param variant a stress variant ({@link PhantomVariant}; {@link PhantomVariant#STANDARD} by default)
 */
public record PhantomSpec(int slices, int rows, int columns, long seed, int ribs, boolean implant, boolean fold,
        double noiseHu, double glandFraction, PhantomVariant variant) {

    /** Fewest slices: the tip needs the last 10 slices, the muscle the first few. */
    public static final int MIN_SLICES = 20;
    /** Smallest row / column count: leaves a body radius of 30 voxels inside the cylinder cut. */
    public static final int MIN_ROWS_COLUMNS = 128;
    /** Smallest row / column count with a skin fold (fold sections > 1000 pixels). */
    public static final int MIN_FOLD_ROWS_COLUMNS = 200;
    /** Most ribs: the method labels at most three bone components (docs/method.md 2.4). */
    public static final int MAX_RIBS = 3;
    /** Largest noise: 3.47 sigma of it keeps air (-1024 HU) below the breast threshold -500 HU. */
    public static final double MAX_NOISE_HU = 100;
    /** Largest gland fraction the interior can hold outside the subcutaneous fat and the chest wall. */
    public static final double MAX_GLAND_FRACTION = 0.5;

    /** 120 x 320 x 320, seed 1, no ribs, no implant, no fold, 15 HU noise, 20 % glands. */
    public static final PhantomSpec DEFAULT = new PhantomSpec(120, 320, 320, 1L, 0, false, false, 15.0, 0.2);

    /** Benchmark size (slices, rows, columns): 400 x 640 x 640. */
    public static final PhantomSpec BENCHMARK = DEFAULT.withShape(400, 640, 640);

    /** The standard variant. */
    public PhantomSpec(int slices, int rows, int columns, long seed, int ribs, boolean implant, boolean fold,
            double noiseHu, double glandFraction) {
        this(slices, rows, columns, seed, ribs, implant, fold, noiseHu, glandFraction, PhantomVariant.STANDARD);
    }

    public PhantomSpec {
        java.util.Objects.requireNonNull(variant, "variant");
        if (slices < MIN_SLICES || rows < MIN_ROWS_COLUMNS || columns < MIN_ROWS_COLUMNS) {
            throw new IllegalArgumentException("phantom shape " + slices + " x " + rows + " x " + columns
                    + " is too small: need at least " + MIN_SLICES + " slices and " + MIN_ROWS_COLUMNS
                    + " rows and columns");
        }
        long n = (long) slices * rows * columns;
        if (n > Integer.MAX_VALUE - 8L) {
            throw new IllegalArgumentException("phantom shape " + slices + " x " + rows + " x " + columns + " has "
                    + n + " voxels, more than one volume can hold");
        }
        if (ribs < 0 || ribs > MAX_RIBS) {
            throw new IllegalArgumentException("ribs must be 0.." + MAX_RIBS + ", got " + ribs);
        }
        if (fold && (rows < MIN_FOLD_ROWS_COLUMNS || columns < MIN_FOLD_ROWS_COLUMNS)) {
            throw new IllegalArgumentException("a skin fold needs at least " + MIN_FOLD_ROWS_COLUMNS
                    + " rows and columns (its sections must exceed 1000 pixels), got " + rows + " x " + columns);
        }
        if (!(noiseHu >= 0 && noiseHu <= MAX_NOISE_HU)) {
            throw new IllegalArgumentException("noiseHu must be in [0, " + MAX_NOISE_HU + "], got " + noiseHu);
        }
        if (!(glandFraction >= 0 && glandFraction <= MAX_GLAND_FRACTION)) {
            throw new IllegalArgumentException("glandFraction must be in [0, " + MAX_GLAND_FRACTION + "], got "
                    + glandFraction);
        }
    }

    public PhantomSpec withShape(int newSlices, int newRows, int newColumns) {
        return new PhantomSpec(newSlices, newRows, newColumns, seed, ribs, implant, fold, noiseHu, glandFraction, variant);
    }

    public PhantomSpec withSeed(long newSeed) {
        return new PhantomSpec(slices, rows, columns, newSeed, ribs, implant, fold, noiseHu, glandFraction, variant);
    }

    public PhantomSpec withRibs(int newRibs) {
        return new PhantomSpec(slices, rows, columns, seed, newRibs, implant, fold, noiseHu, glandFraction, variant);
    }

    public PhantomSpec withImplant(boolean newImplant) {
        return new PhantomSpec(slices, rows, columns, seed, ribs, newImplant, fold, noiseHu, glandFraction, variant);
    }

    public PhantomSpec withFold(boolean newFold) {
        return new PhantomSpec(slices, rows, columns, seed, ribs, implant, newFold, noiseHu, glandFraction, variant);
    }

    public PhantomSpec withNoiseHu(double newNoiseHu) {
        return new PhantomSpec(slices, rows, columns, seed, ribs, implant, fold, newNoiseHu, glandFraction, variant);
    }

    public PhantomSpec withGlandFraction(double newGlandFraction) {
        return new PhantomSpec(slices, rows, columns, seed, ribs, implant, fold, noiseHu, newGlandFraction, variant);
    }

    public PhantomSpec withVariant(PhantomVariant newVariant) {
        return new PhantomSpec(slices, rows, columns, seed, ribs, implant, fold, noiseHu, glandFraction, newVariant);
    }

    /**
     * The breast id of the generated volumes: {@code phantom_s<seed>}, followed by {@code _rib<n>},
     * {@code _implant} and {@code _fold} for the options that are on, and {@code _<variant id>} for a
     * variant other than the standard one, e.g. {@code phantom_s1}, {@code phantom_s7_rib2_fold},
     * {@code phantom_s1_thin-skin}. The shape, noise and gland fraction are not part of it.
     */
    public String id() {
        StringBuilder b = new StringBuilder("phantom_s").append(Long.toString(seed));
        if (ribs > 0) {
            b.append("_rib").append(ribs);
        }
        if (implant) {
            b.append("_implant");
        }
        if (fold) {
            b.append("_fold");
        }
        if (variant != PhantomVariant.STANDARD) {
            b.append('_').append(variant.id());
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %dx%dx%d noise %.1f HU glands %.2f", id(), slices, rows, columns,
                noiseHu, glandFraction);
    }
}
