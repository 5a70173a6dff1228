package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class GlandStageTest {

    private static final SegmentationSettings INTENDED = SegmentationSettings.DEFAULTS;
    private static final SegmentationSettings SCRIPTS = INTENDED.withScriptsParity(true);

    /**
     * 8 x 8, all fat (N = 64). A path in raster order from (0, 0): the seed (0 HU) at index 0, then for
     * level k = 1..20 two voxels (indices 2k-1, 2k) at -49 - 5k HU, i.e. just at or above th_k = -51 - 5k.
     * Every path voxel touches an earlier (denser) one, so the seed's component at th_k is the first
     * 1 + 2k path voxels. One isolated voxel X at (7, 7) = -53 HU counts from level 1 on but has no seed.
     * The rest is -300 HU, below every threshold. So count(tis >= th_k) = 2 + 2k for k >= 1.
     */
    private static ShortVolume path() {
        short[] img = new short[64];
        Arrays.fill(img, (short) -300);
        img[0] = 0;
        for (int k = 1; k <= 20; k++) {
            img[2 * k - 1] = (short) (-49 - 5 * k);
            img[2 * k] = (short) (-49 - 5 * k);
        }
        img[63] = -53;
        return new ShortVolume("g", new Dims(1, 8, 8), Spacing.UNIT, img);
    }

    private static byte[] allFat(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 1);
        return b;
    }

    private static GlandStage.Result run(SegmentationSettings s, ShortVolume v, byte[] labels, double g0) {
        long n = Vol.count(labels, 1);
        return new GlandStage(s, TaskExecutor.sequential()).run(v, labels, new DensityEstimate.Result(n, 0, g0),
                Progress.NONE);
    }

    @Test
    void searchStopsAtTheFirstThresholdAboveG0AndKeepsTheCloserCandidate() {
        // G0 = 0.13: count/64 > 0.13 first for 2 + 2k = 10 (k = 4): thA = -66, thB = -71.
        // A = 1 + 2*3 = 7 voxels (|7/64 - 0.13| = 0.0206), B = 9 (|9/64 - 0.13| = 0.0106): B is kept.
        byte[] labels = allFat(64);
        GlandStage.Result r = run(INTENDED, path(), labels, 0.13);
        assertEquals(-66, r.thresholdA());
        assertEquals(-71, r.thresholdB());
        assertEquals(7, r.countA());
        assertEquals(9, r.countB());
        assertFalse(r.keptA());
        assertEquals(1, r.seeds());
        assertEquals(9, r.glandVoxels());
        for (int i = 0; i < 64; i++) {
            assertEquals(i <= 8 ? 2 : 1, labels[i], "voxel " + i);
        }
    }

    @Test
    void tieGoesToCandidateA() {
        // G0 = 8/64: stop at 2 + 2k = 10 > 8 (k = 4); |7/64 - 8/64| == |9/64 - 8/64| exactly in binary.
        byte[] labels = allFat(64);
        GlandStage.Result r = run(INTENDED, path(), labels, 0.125);
        assertEquals(-66, r.thresholdA());
        assertTrue(r.keptA());
        assertEquals(7, r.glandVoxels());
        assertEquals(7, Vol.count(labels, 2));
    }

    @Test
    void searchStopsAfterTwentySteps() {
        byte[] labels = allFat(64);
        GlandStage.Result r = run(INTENDED, path(), labels, 1.0);
        assertEquals(-51 - 19 * 5, r.thresholdA());
        assertEquals(-151, r.thresholdB());
        assertEquals(39, r.countA());
        assertEquals(41, r.countB());
        assertEquals(41, r.glandVoxels(), "B (41/64) is closer to 1.0 than A (39/64)");
    }

    @Test
    void onlyFatVoxelsTakePart() {
        // Label the seed as skin: no fat voxel is >= -51, so there are no glands at all.
        byte[] labels = allFat(64);
        labels[0] = 3;
        GlandStage.Result r = run(INTENDED, path(), labels, 0.13);
        assertFalse(r.found());
        assertEquals(0, Vol.count(labels, 2));
        assertTrue(r.notes().get(0).contains("-51"), r.notes().toString());
    }

    /**
     * The scripts' candidate-B defect (docs/method.md 2.7). 5 x 12 fat, -200 HU elsewhere.
     * Y = (0, 0) at -53 (not a seed), S1 = (0, 4) at 0 with (0, 5) at -54, S2 = (2, 0) at 0 with (3, 0) at -54.
     * count(>= -51) = 2, count(>= -56) = 5 > 0.07 * 60, so thA = -51, thB = -56.
     * labA: S1 = 1, S2 = 2. labB: Y = 1, S1 = 2, S2 = 3. A = 2 voxels, intended B = 4, scripts' B = 4 + Y = 5.
     * G0 = 0.07: both B variants are closer than A (|2/60 - 0.07| = 0.037).
     */
    private static ShortVolume defectCase() {
        short[] img = new short[60];
        Arrays.fill(img, (short) -200);
        img[0] = -53;
        img[4] = 0;
        img[5] = -54;
        img[24] = 0;
        img[36] = -54;
        return new ShortVolume("defect", new Dims(1, 5, 12), Spacing.UNIT, img);
    }

    @Test
    void intendedRuleKeepsOnlyTheSeededComponentsAtThB() {
        byte[] labels = allFat(60);
        GlandStage.Result r = run(INTENDED, defectCase(), labels, 0.07);
        assertEquals(-51, r.thresholdA());
        assertEquals(-56, r.thresholdB());
        assertEquals(2, r.countA());
        assertEquals(4, r.countB());
        assertFalse(r.keptA());
        assertEquals(4, Vol.count(labels, 2));
        assertEquals(1, labels[0], "Y has no seed");
    }

    @Test
    void scriptsRuleAlsoKeepsTheComponentNamedByAThALabelNumber() {
        byte[] labels = allFat(60);
        GlandStage.Result r = run(SCRIPTS, defectCase(), labels, 0.07);
        assertEquals(5, r.countB());
        assertFalse(r.keptA());
        assertEquals(5, Vol.count(labels, 2));
        assertEquals(2, labels[0], "labA number 1 (S1) names Y in labB");
        byte[] expected = allFat(60);
        for (int i : new int[] {0, 4, 5, 24, 36}) {
            expected[i] = 2;
        }
        assertArrayEquals(expected, labels);
    }
}
