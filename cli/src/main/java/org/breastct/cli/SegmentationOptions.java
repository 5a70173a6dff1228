package org.breastct.cli;

import org.breastct.segmentation.SegmentationMethod;
import org.breastct.segmentation.SegmentationSettings;

/**
 * The segmentation settings options: {@code --method}, {@code --fold-label}, {@code --scripts-parity} (old name
 * {@code --scripts-gland-rule}, still accepted).
 */
final class SegmentationOptions {

    private SegmentationOptions() {
    }

    /** The settings of {@code --fold-label}, {@code --scripts-parity} and {@code --method}; the rest default. */
    static SegmentationSettings settings(Args args) throws UsageException {
        return SegmentationSettings.DEFAULTS.withWriteFoldLabel(args.flag("fold-label"))
                .withScriptsParity(args.flag("scripts-parity") || args.flag("scripts-gland-rule"))
                .withMethod(method(args));
    }

    /** {@code --method published|robust} (default published). */
    static SegmentationMethod method(Args args) throws UsageException {
        String m = args.option("method", SegmentationMethod.PUBLISHED.id());
        try {
            return SegmentationMethod.parse(m);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--method must be published or robust, got '" + m + "'");
        }
    }
}
