package org.breastct.knime.node.segmenter;

import org.breastct.knime.settings.Checks;
import org.breastct.knime.settings.SettingsReader;
import org.breastct.knime.settings.NodeSettingsRecord;
import org.breastct.knime.settings.SettingsWriter;
import org.breastct.segmentation.SegmentationSettings;

/**
 * Settings of the Breast Segmenter. The thresholds default to the published values of
 * {@link SegmentationSettings#DEFAULTS}; every other method parameter keeps its published value.
 *
 * @param imageColumn column of int16 HU images
 * @param threads worker threads per breast; 0 = one per processor
 * @param writeFoldLabel write label 6 for skin-fold voxels (not done by the scripts)
 * @param scriptsGlandRule reproduce the scripts' gland candidate-B defect exactly (algorithm.md 2.7)
 * @param siliconeHu silicone (implant) threshold, HU
 * @param boneHu bone (rib) threshold, HU
 * @param muscleHu muscle threshold, HU
 * @param skinHu skin threshold, HU
 * @param breastHu breast threshold, HU
 * @param glandStartHu first gland threshold, HU
 * @param glandStepHu gland threshold step, HU
 * @param glandMaxIterations gland threshold search steps
 */
public record SegmenterSettings(String imageColumn, int threads, boolean writeFoldLabel, boolean scriptsGlandRule,
        int siliconeHu, int boneHu, int muscleHu, int skinHu, int breastHu, int glandStartHu, int glandStepHu,
        int glandMaxIterations) implements NodeSettingsRecord {

    public static final String KEY_IMAGE_COLUMN = "image_column";
    public static final String KEY_THREADS = "threads";
    public static final String KEY_WRITE_FOLD_LABEL = "write_fold_label";
    public static final String KEY_SCRIPTS_GLAND_RULE = "scripts_gland_rule";
    public static final String KEY_SILICONE_HU = "silicone_hu";
    public static final String KEY_BONE_HU = "bone_hu";
    public static final String KEY_MUSCLE_HU = "muscle_hu";
    public static final String KEY_SKIN_HU = "skin_hu";
    public static final String KEY_BREAST_HU = "breast_hu";
    public static final String KEY_GLAND_START_HU = "gland_start_hu";
    public static final String KEY_GLAND_STEP_HU = "gland_step_hu";
    public static final String KEY_GLAND_MAX_ITERATIONS = "gland_max_iterations";

    /** Largest thread count accepted. */
    public static final int MAX_THREADS = 256;

    public static final SegmenterSettings DEFAULTS;

    static {
        SegmentationSettings d = SegmentationSettings.DEFAULTS;
        DEFAULTS = new SegmenterSettings("image", 0, d.writeFoldLabel(), d.scriptsGlandRule(), d.siliconeHu(),
                d.boneHu(), d.muscleHu(), d.skinHu(), d.breastHu(), d.glandStartHu(), d.glandStepHu(),
                d.glandMaxIterations());
    }

    public SegmenterSettings {
        imageColumn = Checks.text(imageColumn);
        Checks.atLeast("Threads", threads, 0);
        if (threads > MAX_THREADS) {
            throw new IllegalArgumentException("Threads must be at most " + MAX_THREADS + ", got " + threads);
        }
        toEngine(writeFoldLabel, scriptsGlandRule, siliconeHu, boneHu, muscleHu, skinHu, breastHu, glandStartHu,
                glandStepHu, glandMaxIterations);
    }

    /** The engine settings: the published method with these values (validated by the engine). */
    public SegmentationSettings toEngine() {
        return toEngine(writeFoldLabel, scriptsGlandRule, siliconeHu, boneHu, muscleHu, skinHu, breastHu,
                glandStartHu, glandStepHu, glandMaxIterations);
    }

    private static SegmentationSettings toEngine(final boolean fold, final boolean scripts, final int silicone,
            final int bone, final int muscle, final int skin, final int breast, final int glandStart,
            final int glandStep, final int glandMax) {
        return SegmentationSettings.DEFAULTS.toBuilder().writeFoldLabel(fold).scriptsGlandRule(scripts)
                .siliconeHu(silicone).boneHu(bone).muscleHu(muscle).skinHu(skin).breastHu(breast)
                .glandStartHu(glandStart).glandStepHu(glandStep).glandMaxIterations(glandMax).build();
    }

    public static SegmenterSettings load(final SettingsReader r) {
        SegmenterSettings d = DEFAULTS;
        return new SegmenterSettings(r.getString(KEY_IMAGE_COLUMN, d.imageColumn), r.getInt(KEY_THREADS, d.threads),
                r.getBoolean(KEY_WRITE_FOLD_LABEL, d.writeFoldLabel),
                r.getBoolean(KEY_SCRIPTS_GLAND_RULE, d.scriptsGlandRule), r.getInt(KEY_SILICONE_HU, d.siliconeHu),
                r.getInt(KEY_BONE_HU, d.boneHu), r.getInt(KEY_MUSCLE_HU, d.muscleHu), r.getInt(KEY_SKIN_HU, d.skinHu),
                r.getInt(KEY_BREAST_HU, d.breastHu), r.getInt(KEY_GLAND_START_HU, d.glandStartHu),
                r.getInt(KEY_GLAND_STEP_HU, d.glandStepHu), r.getInt(KEY_GLAND_MAX_ITERATIONS, d.glandMaxIterations));
    }

    @Override
    public void save(final SettingsWriter w) {
        w.addString(KEY_IMAGE_COLUMN, imageColumn);
        w.addInt(KEY_THREADS, threads);
        w.addBoolean(KEY_WRITE_FOLD_LABEL, writeFoldLabel);
        w.addBoolean(KEY_SCRIPTS_GLAND_RULE, scriptsGlandRule);
        w.addInt(KEY_SILICONE_HU, siliconeHu);
        w.addInt(KEY_BONE_HU, boneHu);
        w.addInt(KEY_MUSCLE_HU, muscleHu);
        w.addInt(KEY_SKIN_HU, skinHu);
        w.addInt(KEY_BREAST_HU, breastHu);
        w.addInt(KEY_GLAND_START_HU, glandStartHu);
        w.addInt(KEY_GLAND_STEP_HU, glandStepHu);
        w.addInt(KEY_GLAND_MAX_ITERATIONS, glandMaxIterations);
    }
}
