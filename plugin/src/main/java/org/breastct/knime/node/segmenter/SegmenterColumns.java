package org.breastct.knime.node.segmenter;

import java.util.List;

import org.breastct.segmentation.StageTimes;

/** Names of the columns the Breast Segmenter appends, in order (plain Java, unit-tested). */
public final class SegmenterColumns {

    public static final String LABELS = "labels";
    public static final String FOLD = "fold";
    public static final List<String> FLAGS = List.of("fold found", "rib found", "implant found", "muscle found");
    /** Stage times in seconds, named as the columns of the scripts' Segmentation_time.csv. */
    public static final List<String> TIMES = List.of("Total", "Glands", "Skin", "Muscle", "Rib", "Fold", "Silicone");
    public static final String NOTES = "segmentation notes";
    /** The segmentation method of the row ({@code published} or {@code robust}). */
    public static final String METHOD = "method";

    private SegmenterColumns() {
    }

    /** The stage times in the order of {@link #TIMES}. */
    public static double[] times(final StageTimes t) {
        return new double[]{t.total(), t.glands(), t.skin(), t.muscle(), t.rib(), t.fold(), t.silicone()};
    }

    /** Number of appended columns. */
    public static int count() {
        return 2 + FLAGS.size() + TIMES.size() + 2;
    }
}
