package org.breastct.knime.node.segmenter;

import org.breastct.knime.settings.Checks;
import org.breastct.segmentation.SegmentationMethod;
import org.breastct.segmentation.SegmentationSettings;

/**
 * Settings of the Breast Segmenter, validated in the constructor (plain Java; KNIME's side is
 * {@link SegmenterParameters}). The thresholds default to the published values of
 * {@link SegmentationSettings#DEFAULTS} and the method to the published one; every other method parameter
 * keeps its published value.
 *
 * @param imageColumn column of int16 HU images
 * @param threads worker threads per breast; 0 = one per processor
 * @param writeFoldLabel write label 6 for skin-fold voxels (not done by the scripts)
 * @param scriptsGlandRule reproduce the scripts' gland candidate-B defect exactly (docs/method.md 2.7)
 * @param siliconeHu silicone (implant) threshold, HU
 * @param boneHu bone (rib) threshold, HU
 * @param muscleHu muscle threshold, HU
 * @param skinHu skin threshold, HU
 * @param breastHu breast threshold, HU
 * @param glandStartHu first gland threshold, HU
 * @param glandStepHu gland threshold step, HU
 * @param glandMaxIterations gland threshold search steps
 * @param method segmentation method id: {@code published} (default, the published method) or {@code robust}
 *        (optional robust mode, docs/method.md "Robust mode")
 * @param huCheck refuse an image that does not look like Hounsfield units
 *        ({@link org.breastct.preprocessing.HuPlausibility}; default on; CLI {@code --no-hu-check} switches it off)
 */
public record SegmenterSettings(String imageColumn, int threads, boolean writeFoldLabel, boolean scriptsGlandRule,
        int siliconeHu, int boneHu, int muscleHu, int skinHu, int breastHu, int glandStartHu, int glandStepHu,
        int glandMaxIterations, String method, boolean huCheck) {

    /** Largest thread count accepted. */
    public static final int MAX_THREADS = 256;

    public static final SegmenterSettings DEFAULTS;

    static {
        SegmentationSettings d = SegmentationSettings.DEFAULTS;
        DEFAULTS = new SegmenterSettings("image", 0, d.writeFoldLabel(), d.scriptsGlandRule(), d.siliconeHu(),
                d.boneHu(), d.muscleHu(), d.skinHu(), d.breastHu(), d.glandStartHu(), d.glandStepHu(),
                d.glandMaxIterations(), d.method().id(), true);
    }

    public SegmenterSettings {
        imageColumn = Checks.text(imageColumn);
        Checks.atLeast("Threads", threads, 0);
        if (threads > MAX_THREADS) {
            throw new IllegalArgumentException("Threads must be at most " + MAX_THREADS + ", got " + threads);
        }
        method = SegmentationMethod.parse(Checks.text(method)).id();
        toEngine(writeFoldLabel, scriptsGlandRule, siliconeHu, boneHu, muscleHu, skinHu, breastHu, glandStartHu,
                glandStepHu, glandMaxIterations, method);
    }

    /** The engine settings: the published method with these values (validated by the engine). */
    public SegmentationSettings toEngine() {
        return toEngine(writeFoldLabel, scriptsGlandRule, siliconeHu, boneHu, muscleHu, skinHu, breastHu,
                glandStartHu, glandStepHu, glandMaxIterations, method);
    }

    private static SegmentationSettings toEngine(final boolean fold, final boolean scripts, final int silicone,
            final int bone, final int muscle, final int skin, final int breast, final int glandStart,
            final int glandStep, final int glandMax, final String method) {
        return SegmentationSettings.DEFAULTS.toBuilder().writeFoldLabel(fold).scriptsGlandRule(scripts)
                .siliconeHu(silicone).boneHu(bone).muscleHu(muscle).skinHu(skin).breastHu(breast)
                .glandStartHu(glandStart).glandStepHu(glandStep).glandMaxIterations(glandMax)
                .method(SegmentationMethod.parse(method)).build();
    }
}
