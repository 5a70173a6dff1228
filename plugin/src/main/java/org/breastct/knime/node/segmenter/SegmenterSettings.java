package org.breastct.knime.node.segmenter;

import java.util.Objects;

import org.breastct.knime.settings.Checks;
import org.breastct.segmentation.SegmentationSettings;

/**
 * Settings of the Breast Segmenter, validated in the constructor (plain Java; KNIME's side is
 * {@link SegmenterParameters}). The method parameters are the engine's own {@link SegmentationSettings}
 * (validated by the engine); the dialog exposes the thresholds, the gland search, the fold label, the
 * scripts' parity setting and the method, every other parameter keeps its published value.
 *
 * @param imageColumn column of int16 HU images
 * @param threads worker threads per breast; 0 = one per processor
 * @param huCheck refuse an image that does not look like Hounsfield units
 *        ({@link org.breastct.preprocessing.HuPlausibility}; default on; CLI {@code --no-hu-check} switches it off)
 * @param engine the segmentation settings (default: the published method, {@link SegmentationSettings#DEFAULTS})
 */
public record SegmenterSettings(String imageColumn, int threads, boolean huCheck, SegmentationSettings engine) {

    /** Largest thread count accepted. */
    public static final int MAX_THREADS = 256;

    public static final SegmenterSettings DEFAULTS = new SegmenterSettings("image", 0, true,
            SegmentationSettings.DEFAULTS);

    public SegmenterSettings {
        imageColumn = Checks.text(imageColumn);
        Checks.atLeast("Threads", threads, 0);
        if (threads > MAX_THREADS) {
            throw new IllegalArgumentException("Threads must be at most " + MAX_THREADS + ", got " + threads);
        }
        Objects.requireNonNull(engine, "engine");
    }

    /** The engine settings. */
    public SegmentationSettings toEngine() {
        return engine;
    }
}
