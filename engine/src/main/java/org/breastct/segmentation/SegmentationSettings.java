package org.breastct.segmentation;

/**
 * All parameters of the segmentation method (docs/method.md section 2), immutable and validated in the
 * canonical constructor. {@link #DEFAULTS} holds the published values; the named constants below are
 * the single place they are written down. Sizes are in voxels, exactly as the method uses them
 * (0.3 mm voxels on the scanner it was built for); thresholds are in HU and compare strictly
 * ({@code img > threshold}) unless stated.
 *
 * <p>Override single values with {@link #toBuilder()}:
 * <pre>{@code SegmentationSettings s = SegmentationSettings.DEFAULTS.toBuilder().scriptsGlandRule(true).build();}</pre>
 *
 * @param siliconeHu              2: silicone (implant) threshold, {@code img > 130}
 * @param boneHu                  2: bone (rib) threshold, {@code img > 100}
 * @param muscleHu                2: muscle threshold, {@code img > -100}
 * @param skinHu                  2: skin threshold, {@code img > -180}
 * @param breastHu                2.1: breast threshold, {@code img > -500}
 * @param foldSliceFraction       2.2: the fold is searched in the first {@code int(0.2 L)} slices
 * @param foldMinComponentPixels  2.2: a 2-D component counts if it has more than 1000 pixels
 * @param tipSearchSlices         2.3: the tip is searched among the last 10 slices
 * @param nippleOffset            2.3: the nipple sphere centre lies {@code int(30 k)} beyond (L, tip)
 * @param nippleRadius            2.3: radius of the nipple sphere (60, boundary included)
 * @param innerBand               2.3: band(3)
 * @param middleBand              2.3, 2.4: band(9)
 * @param outerBand               2.3: band(25), applied when no fold exists
 * @param skinMarkerEdt           2.3: watershed markers are {@code label(EDT > 15)}
 * @param erosionSize             2.3-2.5: the cube of "erode3 5*"
 * @param skinDilation            2.3: per-slice {@code dilate 7} of the 3-D skin
 * @param skinB9SliceFraction     2.3: from slice {@code int(0.4 L)} on the skin is cut to band(9)
 * @param ribMinChestWallVoxels   2.4: the largest bone component needs more than 50 voxels on slice 0
 * @param implantMinVoxels        2.4: a bone component of more than 150^3 voxels means an implant
 * @param extraRibMinVoxels       2.4: further rib components need more than 15^3 voxels
 * @param implantDilation         2.4: {@code dilate 5} after the eroded LCC
 * @param implantMuscleMinPixels  2.5: implant seed rule, more than 80^2 pixels
 * @param muscleSigma             2.5: Gaussian sigma (pixels) for the seed without ribs/implant
 * @param muscleSmoothHu          2.5: {@code smooth > -5}
 * @param muscleTopNumerator      2.5: numerator of the top fraction of d[0] used as markers (2 of 2/5)
 * @param muscleTopDenominator    2.5: denominator of that fraction (5 of 2/5)
 * @param muscleMinSliceVoxels    2.5: the muscle ends at the first slice with fewer than 100 voxels
 * @param implantExtensionDilation     2.5: {@code ext = dilate 19 (si)}
 * @param implantExtensionSliceDivisor 2.5: the first {@code floor(L / 5)} slices of ext are set
 * @param muscleDilation          2.5: {@code md = fill2(dilate 7 (muscle))}
 * @param glandStartHu            2.7: first threshold, -51 (inclusive, {@code tis >= th})
 * @param glandStepHu             2.7: threshold step, 5
 * @param glandMaxIterations      2.7: at most 20 steps
 * @param writeFoldLabel          not in the scripts: write 6 (skin fold) into the label volume for fold voxels
 *                                still labelled fat, glands or skin at the end (default false, as the scripts)
 * @param scriptsGlandRule        2.7: true reproduces the scripts' candidate-B defect exactly (default false:
 *                                the intended rule)
 * @param method                  which method runs: {@link SegmentationMethod#PUBLISHED} (default) or
 *                                {@link SegmentationMethod#ROBUST} (robust-mode.md R1-R3, optional, not yet
 *                                validated on real scans)
 */
public record SegmentationSettings(
        int siliconeHu, int boneHu, int muscleHu, int skinHu, int breastHu,
        double foldSliceFraction, int foldMinComponentPixels,
        int tipSearchSlices, int nippleOffset, int nippleRadius,
        int innerBand, int middleBand, int outerBand, int skinMarkerEdt, int erosionSize, int skinDilation,
        double skinB9SliceFraction,
        int ribMinChestWallVoxels, long implantMinVoxels, long extraRibMinVoxels, int implantDilation,
        int implantMuscleMinPixels, double muscleSigma, int muscleSmoothHu, int muscleTopNumerator,
        int muscleTopDenominator, int muscleMinSliceVoxels, int implantExtensionDilation,
        int implantExtensionSliceDivisor, int muscleDilation,
        int glandStartHu, int glandStepHu, int glandMaxIterations,
        boolean writeFoldLabel, boolean scriptsGlandRule, SegmentationMethod method) {

    /** docs/method.md 2: silicone threshold (HU). */
    public static final int SILICONE_HU = 130;
    /** docs/method.md 2: bone threshold (HU). */
    public static final int BONE_HU = 100;
    /** docs/method.md 2: muscle threshold (HU). */
    public static final int MUSCLE_HU = -100;
    /** docs/method.md 2: skin threshold (HU). */
    public static final int SKIN_HU = -180;
    /** docs/method.md 2 / 2.1: breast threshold (HU). */
    public static final int BREAST_HU = -500;
    /** docs/method.md 2.2: {@code lenfold = int(0.2 L)}. */
    public static final double FOLD_SLICE_FRACTION = 0.2;
    /** docs/method.md 2.2: components larger than 1000 pixels. */
    public static final int FOLD_MIN_COMPONENT_PIXELS = 1000;
    /** docs/method.md 2.3: the tip among the last 10 slices. */
    public static final int TIP_SEARCH_SLICES = 10;
    /** docs/method.md 2.3: {@code int(30 * k)}. */
    public static final int NIPPLE_OFFSET = 30;
    /** docs/method.md 2.3: nipple sphere radius 60. */
    public static final int NIPPLE_RADIUS = 60;
    /** docs/method.md 2.3: band(3). */
    public static final int INNER_BAND = 3;
    /** docs/method.md 2.3 and 2.4: band(9). */
    public static final int MIDDLE_BAND = 9;
    /** docs/method.md 2.3: band(25). */
    public static final int OUTER_BAND = 25;
    /** docs/method.md 2.3: markers = label(d > 15). */
    public static final int SKIN_MARKER_EDT = 15;
    /** docs/method.md 2.3-2.5: "erode3 5*". */
    public static final int EROSION_SIZE = 5;
    /** docs/method.md 2.3: per-slice dilate 7. */
    public static final int SKIN_DILATION = 7;
    /** docs/method.md 2.3: {@code sh = sh AND b9} from slice {@code int(0.4 L)} on. */
    public static final double SKIN_B9_SLICE_FRACTION = 0.4;
    /** docs/method.md 2.4: more than 50 voxels in slice 0. */
    public static final int RIB_MIN_CHEST_WALL_VOXELS = 50;
    /** docs/method.md 2.4: more than 150^3 voxels is an implant. */
    public static final long IMPLANT_MIN_VOXELS = 150L * 150 * 150;
    /** docs/method.md 2.4: further rib components of more than 15^3 voxels. */
    public static final long EXTRA_RIB_MIN_VOXELS = 15L * 15 * 15;
    /** docs/method.md 2.4: dilate 5. */
    public static final int IMPLANT_DILATION = 5;
    /** docs/method.md 2.5: more than 80^2 pixels. */
    public static final int IMPLANT_MUSCLE_MIN_PIXELS = 80 * 80;
    /** docs/method.md 2.5: Gaussian sigma 5 pixels. */
    public static final double MUSCLE_SIGMA = 5;
    /** docs/method.md 2.5: {@code smooth > -5}. */
    public static final int MUSCLE_SMOOTH_HU = -5;
    /** docs/method.md 2.5: the top 2/5 of d[0] (numerator). */
    public static final int MUSCLE_TOP_NUMERATOR = 2;
    /** docs/method.md 2.5: the top 2/5 of d[0] (denominator). */
    public static final int MUSCLE_TOP_DENOMINATOR = 5;
    /** docs/method.md 2.5: first slice with fewer than 100 muscle voxels ends the muscle. */
    public static final int MUSCLE_MIN_SLICE_VOXELS = 100;
    /** docs/method.md 2.5: ext = dilate 19 (si). */
    public static final int IMPLANT_EXTENSION_DILATION = 19;
    /** docs/method.md 2.5: the first floor(L/5) slices of ext are set. */
    public static final int IMPLANT_EXTENSION_SLICE_DIVISOR = 5;
    /** docs/method.md 2.5: md = fill2(dilate 7 (muscle)). */
    public static final int MUSCLE_DILATION = 7;
    /** docs/method.md 2.7: th = -51. */
    public static final int GLAND_START_HU = -51;
    /** docs/method.md 2.7: th -= 5. */
    public static final int GLAND_STEP_HU = 5;
    /** docs/method.md 2.7: at most 20 times. */
    public static final int GLAND_MAX_ITERATIONS = 20;

    /** The published method, with the intended gland rule and no label 6 (as the scripts). */
    public static final SegmentationSettings DEFAULTS = new SegmentationSettings(
            SILICONE_HU, BONE_HU, MUSCLE_HU, SKIN_HU, BREAST_HU,
            FOLD_SLICE_FRACTION, FOLD_MIN_COMPONENT_PIXELS,
            TIP_SEARCH_SLICES, NIPPLE_OFFSET, NIPPLE_RADIUS,
            INNER_BAND, MIDDLE_BAND, OUTER_BAND, SKIN_MARKER_EDT, EROSION_SIZE, SKIN_DILATION,
            SKIN_B9_SLICE_FRACTION,
            RIB_MIN_CHEST_WALL_VOXELS, IMPLANT_MIN_VOXELS, EXTRA_RIB_MIN_VOXELS, IMPLANT_DILATION,
            IMPLANT_MUSCLE_MIN_PIXELS, MUSCLE_SIGMA, MUSCLE_SMOOTH_HU, MUSCLE_TOP_NUMERATOR,
            MUSCLE_TOP_DENOMINATOR, MUSCLE_MIN_SLICE_VOXELS, IMPLANT_EXTENSION_DILATION,
            IMPLANT_EXTENSION_SLICE_DIVISOR, MUSCLE_DILATION,
            GLAND_START_HU, GLAND_STEP_HU, GLAND_MAX_ITERATIONS,
            false, false, SegmentationMethod.PUBLISHED);

    /** Validates every value; the message names the parameter and the value. */
    public SegmentationSettings {
        java.util.Objects.requireNonNull(method, "method");
        for (int hu : new int[] {siliconeHu, boneHu, muscleHu, skinHu, breastHu, muscleSmoothHu, glandStartHu}) {
            if (hu < Short.MIN_VALUE || hu > Short.MAX_VALUE) {
                throw new IllegalArgumentException("HU threshold " + hu + " outside the int16 range");
            }
        }
        fraction("foldSliceFraction", foldSliceFraction);
        fraction("skinB9SliceFraction", skinB9SliceFraction);
        nonNegative("foldMinComponentPixels", foldMinComponentPixels);
        positive("tipSearchSlices", tipSearchSlices);
        nonNegative("nippleOffset", nippleOffset);
        nonNegative("nippleRadius", nippleRadius);
        positive("innerBand", innerBand);
        positive("middleBand", middleBand);
        positive("outerBand", outerBand);
        nonNegative("skinMarkerEdt", skinMarkerEdt);
        odd("erosionSize", erosionSize);
        odd("skinDilation", skinDilation);
        nonNegative("ribMinChestWallVoxels", ribMinChestWallVoxels);
        if (implantMinVoxels < 0 || extraRibMinVoxels < 0) {
            throw new IllegalArgumentException("implantMinVoxels and extraRibMinVoxels must be >= 0, got "
                    + implantMinVoxels + " and " + extraRibMinVoxels);
        }
        odd("implantDilation", implantDilation);
        nonNegative("implantMuscleMinPixels", implantMuscleMinPixels);
        if (!(muscleSigma > 0) || Double.isInfinite(muscleSigma)) {
            throw new IllegalArgumentException("muscleSigma must be positive and finite, got " + muscleSigma);
        }
        positive("muscleTopDenominator", muscleTopDenominator);
        if (muscleTopNumerator < 0 || muscleTopNumerator > muscleTopDenominator) {
            throw new IllegalArgumentException("muscle top fraction " + muscleTopNumerator + "/" + muscleTopDenominator
                    + " must lie in [0, 1]");
        }
        nonNegative("muscleMinSliceVoxels", muscleMinSliceVoxels);
        odd("implantExtensionDilation", implantExtensionDilation);
        positive("implantExtensionSliceDivisor", implantExtensionSliceDivisor);
        odd("muscleDilation", muscleDilation);
        positive("glandStepHu", glandStepHu);
        positive("glandMaxIterations", glandMaxIterations);
        if ((long) glandStartHu - (long) glandStepHu * glandMaxIterations <= -1024) {
            throw new IllegalArgumentException("gland threshold search would go down to "
                    + (glandStartHu - (long) glandStepHu * glandMaxIterations)
                    + " HU, at or below air (-1024); raise glandStartHu or lower the step/iterations");
        }
    }

    /** A builder starting from these values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static void fraction(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1], got " + v);
        }
    }

    private static void positive(String name, int v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + v);
        }
    }

    private static void nonNegative(String name, int v) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + v);
        }
    }

    private static void odd(String name, int v) {
        if (v <= 0 || v % 2 == 0) {
            throw new IllegalArgumentException(name + " must be a positive odd box size, got " + v);
        }
    }

    /** Mutable copy of a {@link SegmentationSettings}; {@link #build()} validates. */
    public static final class Builder {
        private int siliconeHu, boneHu, muscleHu, skinHu, breastHu;
        private double foldSliceFraction;
        private int foldMinComponentPixels, tipSearchSlices, nippleOffset, nippleRadius;
        private int innerBand, middleBand, outerBand, skinMarkerEdt, erosionSize, skinDilation;
        private double skinB9SliceFraction;
        private int ribMinChestWallVoxels;
        private long implantMinVoxels, extraRibMinVoxels;
        private int implantDilation, implantMuscleMinPixels;
        private double muscleSigma;
        private int muscleSmoothHu, muscleTopNumerator, muscleTopDenominator, muscleMinSliceVoxels;
        private int implantExtensionDilation, implantExtensionSliceDivisor, muscleDilation;
        private int glandStartHu, glandStepHu, glandMaxIterations;
        private boolean writeFoldLabel, scriptsGlandRule;
        private SegmentationMethod method;

        private Builder(SegmentationSettings s) {
            siliconeHu = s.siliconeHu;
            boneHu = s.boneHu;
            muscleHu = s.muscleHu;
            skinHu = s.skinHu;
            breastHu = s.breastHu;
            foldSliceFraction = s.foldSliceFraction;
            foldMinComponentPixels = s.foldMinComponentPixels;
            tipSearchSlices = s.tipSearchSlices;
            nippleOffset = s.nippleOffset;
            nippleRadius = s.nippleRadius;
            innerBand = s.innerBand;
            middleBand = s.middleBand;
            outerBand = s.outerBand;
            skinMarkerEdt = s.skinMarkerEdt;
            erosionSize = s.erosionSize;
            skinDilation = s.skinDilation;
            skinB9SliceFraction = s.skinB9SliceFraction;
            ribMinChestWallVoxels = s.ribMinChestWallVoxels;
            implantMinVoxels = s.implantMinVoxels;
            extraRibMinVoxels = s.extraRibMinVoxels;
            implantDilation = s.implantDilation;
            implantMuscleMinPixels = s.implantMuscleMinPixels;
            muscleSigma = s.muscleSigma;
            muscleSmoothHu = s.muscleSmoothHu;
            muscleTopNumerator = s.muscleTopNumerator;
            muscleTopDenominator = s.muscleTopDenominator;
            muscleMinSliceVoxels = s.muscleMinSliceVoxels;
            implantExtensionDilation = s.implantExtensionDilation;
            implantExtensionSliceDivisor = s.implantExtensionSliceDivisor;
            muscleDilation = s.muscleDilation;
            glandStartHu = s.glandStartHu;
            glandStepHu = s.glandStepHu;
            glandMaxIterations = s.glandMaxIterations;
            writeFoldLabel = s.writeFoldLabel;
            scriptsGlandRule = s.scriptsGlandRule;
            method = s.method;
        }

        public Builder siliconeHu(int v) { siliconeHu = v; return this; }
        public Builder boneHu(int v) { boneHu = v; return this; }
        public Builder muscleHu(int v) { muscleHu = v; return this; }
        public Builder skinHu(int v) { skinHu = v; return this; }
        public Builder breastHu(int v) { breastHu = v; return this; }
        public Builder foldSliceFraction(double v) { foldSliceFraction = v; return this; }
        public Builder foldMinComponentPixels(int v) { foldMinComponentPixels = v; return this; }
        public Builder tipSearchSlices(int v) { tipSearchSlices = v; return this; }
        public Builder nippleOffset(int v) { nippleOffset = v; return this; }
        public Builder nippleRadius(int v) { nippleRadius = v; return this; }
        public Builder innerBand(int v) { innerBand = v; return this; }
        public Builder middleBand(int v) { middleBand = v; return this; }
        public Builder outerBand(int v) { outerBand = v; return this; }
        public Builder skinMarkerEdt(int v) { skinMarkerEdt = v; return this; }
        public Builder erosionSize(int v) { erosionSize = v; return this; }
        public Builder skinDilation(int v) { skinDilation = v; return this; }
        public Builder skinB9SliceFraction(double v) { skinB9SliceFraction = v; return this; }
        public Builder ribMinChestWallVoxels(int v) { ribMinChestWallVoxels = v; return this; }
        public Builder implantMinVoxels(long v) { implantMinVoxels = v; return this; }
        public Builder extraRibMinVoxels(long v) { extraRibMinVoxels = v; return this; }
        public Builder implantDilation(int v) { implantDilation = v; return this; }
        public Builder implantMuscleMinPixels(int v) { implantMuscleMinPixels = v; return this; }
        public Builder muscleSigma(double v) { muscleSigma = v; return this; }
        public Builder muscleSmoothHu(int v) { muscleSmoothHu = v; return this; }
        public Builder muscleTopNumerator(int v) { muscleTopNumerator = v; return this; }
        public Builder muscleTopDenominator(int v) { muscleTopDenominator = v; return this; }
        public Builder muscleMinSliceVoxels(int v) { muscleMinSliceVoxels = v; return this; }
        public Builder implantExtensionDilation(int v) { implantExtensionDilation = v; return this; }
        public Builder implantExtensionSliceDivisor(int v) { implantExtensionSliceDivisor = v; return this; }
        public Builder muscleDilation(int v) { muscleDilation = v; return this; }
        public Builder glandStartHu(int v) { glandStartHu = v; return this; }
        public Builder glandStepHu(int v) { glandStepHu = v; return this; }
        public Builder glandMaxIterations(int v) { glandMaxIterations = v; return this; }
        public Builder writeFoldLabel(boolean v) { writeFoldLabel = v; return this; }
        public Builder scriptsGlandRule(boolean v) { scriptsGlandRule = v; return this; }
        public Builder method(SegmentationMethod v) { method = v; return this; }

        /** The validated settings. */
        public SegmentationSettings build() {
            return new SegmentationSettings(siliconeHu, boneHu, muscleHu, skinHu, breastHu,
                    foldSliceFraction, foldMinComponentPixels, tipSearchSlices, nippleOffset, nippleRadius,
                    innerBand, middleBand, outerBand, skinMarkerEdt, erosionSize, skinDilation, skinB9SliceFraction,
                    ribMinChestWallVoxels, implantMinVoxels, extraRibMinVoxels, implantDilation,
                    implantMuscleMinPixels, muscleSigma, muscleSmoothHu, muscleTopNumerator, muscleTopDenominator,
                    muscleMinSliceVoxels, implantExtensionDilation, implantExtensionSliceDivisor, muscleDilation,
                    glandStartHu, glandStepHu, glandMaxIterations, writeFoldLabel, scriptsGlandRule, method);
        }
    }
}
