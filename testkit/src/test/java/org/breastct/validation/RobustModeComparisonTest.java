package org.breastct.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.breastct.parallel.TaskExecutor;
import org.breastct.segmentation.LabelCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Robust mode against the published method on the standard phantoms and every stress variant
 * ({@link MethodComparison#standardCases}), scored against the phantoms' ground truth: never worse by
 * more than 0.005 Dice on any label, and fixes the two failures of the published method by the margins
 * asserted below (measured on 2026-12-06: glands 0.59 -> 0.84 where glands touch the chest wall, muscle
 * 0.00 -> 0.93 where the pectoralis reaches the surface).
 */
class RobustModeComparisonTest {

    private static final double TOLERANCE = 0.005;
    private static final Map<String, MethodComparison.Row> ROWS = new LinkedHashMap<>();

    @BeforeAll
    static void compare() {
        try (TaskExecutor ex = TaskExecutor.withThreads(2)) {
            for (MethodComparison.Case c : MethodComparison.standardCases()) {
                ROWS.put(c.name(), MethodComparison.run(c, ex));
            }
        }
    }

    private static double dice(MethodComparison.Score s, int code) {
        for (int k = 0; k < MethodComparison.LABELS.length; k++) {
            if (MethodComparison.LABELS[k] == code) {
                return s.dice()[k];
            }
        }
        throw new IllegalArgumentException("label " + code + " is not scored");
    }

    @Test
    void coversTheStandardPhantomsAndEveryVariant() {
        assertEquals(List.of("plain", "fold", "ribs+implant", "chest-wall-glands", "thin-skin", "thick-skin",
                "dense-skin", "muscle-to-surface", "no-muscle"), List.copyOf(ROWS.keySet()));
    }

    @Test
    void robustIsNeverWorseThanPublishedByMoreThanTheTolerance() {
        StringBuilder table = new StringBuilder(MethodComparison.header()).append('\n');
        ROWS.values().forEach(r -> MethodComparison.format(r).forEach(l -> table.append(l).append('\n')));
        for (MethodComparison.Row r : ROWS.values()) {
            for (int k = 0; k < MethodComparison.LABELS.length; k++) {
                double p = r.published().dice()[k];
                double q = r.robust().dice()[k];
                String what = r.kase().name() + ", " + LabelCode.name(MethodComparison.LABELS[k]) + "\n" + table;
                assertEquals(Double.isNaN(p), Double.isNaN(q), "defined for one method only: " + what);
                if (!Double.isNaN(p)) {
                    assertTrue(q >= p - TOLERANCE, "robust " + q + " < published " + p + " - " + TOLERANCE
                            + ": " + what);
                }
            }
        }
    }

    @Test
    void fixesGlandsTouchingTheChestWall() {
        MethodComparison.Row r = ROWS.get("chest-wall-glands");
        double p = dice(r.published(), LabelCode.GLANDS);
        double q = dice(r.robust(), LabelCode.GLANDS);
        assertTrue(q - p >= 0.2, "glands Dice published " + p + ", robust " + q + ": expected a gain of 0.2");
        assertTrue(q >= 0.8, "glands Dice robust " + q);
        // the muscle no longer floods the gland tree: glandularity error at most half the published one
        double t = r.truthGlandularity();
        assertTrue(Math.abs(r.robust().glandularity() - t) <= 0.5 * Math.abs(r.published().glandularity() - t),
                "Seg_G published " + r.published().glandularity() + ", robust " + r.robust().glandularity()
                        + ", truth " + t);
    }

    @Test
    void fixesPectoralisReachingTheSurface() {
        MethodComparison.Row r = ROWS.get("muscle-to-surface");
        double p = dice(r.published(), LabelCode.MUSCLE);
        double q = dice(r.robust(), LabelCode.MUSCLE);
        assertTrue(p <= 0.05, "published muscle Dice " + p + " (the published method loses this muscle)");
        assertTrue(q >= 0.9, "robust muscle Dice " + q);
    }
}
