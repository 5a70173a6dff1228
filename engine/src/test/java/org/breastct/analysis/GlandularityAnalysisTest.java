package org.breastct.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class GlandularityAnalysisTest {

    /**
     * 2 x 3 x 4 = 24 voxels, labels in raster order:
     * fat x6 (HU -300, -280, -260, -240, -220, -200: sum -1500), glands x2 (HU -50, -30: sum -80),
     * skin x3 (HU 10 each), muscle x1 (HU 40), implant x1 (HU 150), cylinder x1 (HU 500),
     * code 8 x1 (HU 0), air x9 (HU -1024).
     */
    private static final int[] LABELS = {1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 7, 9, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final int[] HU = {-300, -280, -260, -240, -220, -200, -50, -30, 10, 10, 10, 40, 150, 500, 0, -1024,
        -1024, -1024, -1024, -1024, -1024, -1024, -1024, -1024};

    private static ShortVolume image(String id, Spacing sp) {
        short[] d = new short[HU.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (short) HU[i];
        }
        return new ShortVolume(id, new Dims(2, 3, 4), sp, d);
    }

    private static ByteVolume labels(String id, Spacing sp) {
        byte[] d = new byte[LABELS.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (byte) LABELS[i];
        }
        return new ByteVolume(id, new Dims(2, 3, 4), sp, d);
    }

    @Test
    void skinFoldIsCountedFromTheSeparateFoldVolume() {
        // the fold covers the first slice only (3 x 4): 5 voxels set; they stay fat in the labels (docs/method.md 2.2)
        boolean[] f = new boolean[12];
        f[0] = f[1] = f[2] = f[4] = f[5] = true;
        MaskVolume fold = new MaskVolume("b1", new Dims(1, 3, 4), Spacing.BREAST_CT, f);
        GlandularityResult r = GlandularityAnalysis.analyse(image("b1", Spacing.BREAST_CT),
                labels("b1", Spacing.BREAST_CT), fold);
        assertEquals(5, r.skinFoldVoxels());
        assertEquals(5 * 0.3 * 0.3 * 0.3 / 1000, r.skinFoldMillilitres(), 1e-15);
        assertEquals(0, r.voxels(6), "the labels hold no 6");
        assertEquals(6, r.voxels(1), "fold voxels stay fat, as in the scripts");
        assertEquals(0.25, r.segG(), 0, "Seg_G unchanged by the fold");
        // no fold volume: none; and a fold that does not fit is an error naming both shapes
        assertEquals(0, GlandularityAnalysis.analyse(image("b1", Spacing.BREAST_CT), labels("b1", Spacing.BREAST_CT),
                null).skinFoldVoxels());
        MaskVolume wrong = new MaskVolume("b1", new Dims(1, 4, 3), Spacing.BREAST_CT, new boolean[12]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GlandularityAnalysis.analyse(image("b1", Spacing.BREAST_CT), labels("b1", Spacing.BREAST_CT),
                        wrong));
        assertTrue(e.getMessage().contains("1x4x3") && e.getMessage().contains("2x3x4"), e.getMessage());
    }

    @Test
    void handCheckedVolume() {
        GlandularityResult r = GlandularityAnalysis.analyse(image("b1", Spacing.BREAST_CT),
                labels("segmentation_b1", Spacing.BREAST_CT));
        assertEquals("b1", r.id());
        // tissue mean = (-1500 - 80) / 8 = -197.5; G = (-197.5 + 255) / 214
        assertEquals(-197.5, r.meanHuTissue(), 0);
        assertEquals(57.5 / 214, r.huG(), 1e-15);
        assertEquals(0.25, r.segG(), 0);
        assertEquals(-250.0, r.meanHuFat(), 0);
        assertEquals(-40.0, r.meanHuGlands(), 0);
        assertEquals(10.0, r.meanHu(3), 0);
        assertEquals(-1024.0, r.meanHu(0), 0);
        assertTrue(Double.isNaN(r.meanHu(5)), "no rib voxel: mean NaN");
        long[] expected = {9, 6, 2, 3, 1, 0, 0, 1, 1, 1};
        for (int c = 0; c < expected.length; c++) {
            assertEquals(expected[c], r.voxels(c), "voxels of code " + c);
        }
        assertEquals(0, r.voxels(10));
        assertEquals(24, r.totalVoxels());
        assertEquals(8, r.tissueVoxels());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 7, 8, 9}, r.presentCodes());
        // 0.3 mm voxels: 0.027 mm^3 ... 0.000027 ml each
        assertEquals(8 * 0.000027, r.breastMillilitres(), 1e-15);
        assertEquals(3 * 0.000027, r.millilitres(3), 1e-15);
        assertEquals(-1500, r.huSum(1));
    }

    @Test
    void noTissueGivesNaN() {
        Dims d = new Dims(1, 2, 2);
        ShortVolume img = new ShortVolume("e", d, Spacing.UNIT, new short[] {-1024, -1024, 5, 5});
        ByteVolume lab = new ByteVolume("e", d, Spacing.UNIT, new byte[] {0, 0, 3, 3});
        GlandularityResult r = GlandularityAnalysis.analyse(img, lab);
        assertTrue(Double.isNaN(r.huG()));
        assertTrue(Double.isNaN(r.segG()));
        assertTrue(Double.isNaN(r.meanHuTissue()));
        assertEquals(0, r.breastMillilitres(), 0);
        assertEquals(2, r.voxels(3));
    }

    @Test
    void calibrationIsClampedAtTheEnds() {
        Dims d = new Dims(1, 1, 2);
        // fat only at HU -400 -> clamped to -300 -> G = -45/214
        GlandularityResult low = GlandularityAnalysis.analyse(new ShortVolume("a", d, Spacing.UNIT, new short[] {-400,
            -400}), new ByteVolume("a", d, Spacing.UNIT, new byte[] {1, 1}));
        assertEquals(-45.0 / 214, low.huG(), 1e-15);
        assertEquals(0, low.segG(), 0);
        // glands only at HU 50 -> clamped to 0 -> G = 255/214
        GlandularityResult high = GlandularityAnalysis.analyse(new ShortVolume("a", d, Spacing.UNIT, new short[] {50,
            50}), new ByteVolume("a", d, Spacing.UNIT, new byte[] {2, 2}));
        assertEquals(255.0 / 214, high.huG(), 1e-15);
        assertEquals(1, high.segG(), 0);
    }

    @Test
    void shapeMismatchNamesBothIds() {
        ShortVolume img = ShortVolume.zeros("breast7", new Dims(2, 3, 4), Spacing.UNIT);
        ByteVolume lab = ByteVolume.zeros("segmentation_breast7", new Dims(2, 3, 5), Spacing.UNIT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GlandularityAnalysis.analyse(img, lab));
        assertTrue(e.getMessage().contains("breast7") && e.getMessage().contains("segmentation_breast7")
                && e.getMessage().contains("2x3x4") && e.getMessage().contains("2x3x5"), e.getMessage());
    }

    @Test
    void spacingComesFromTheVolumeThatHasOne() {
        Spacing sp = new Spacing(0.5, 0.4, 0.4);
        GlandularityResult r = GlandularityAnalysis.analyse(image("b", Spacing.UNIT), labels("b", sp));
        assertEquals(sp, r.spacing());
        assertEquals(8 * 0.5 * 0.4 * 0.4 / 1000, r.breastMillilitres(), 1e-15);
        assertEquals(Spacing.BREAST_CT, GlandularityAnalysis.analyse(image("b", Spacing.BREAST_CT),
                labels("b", Spacing.UNIT)).spacing());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GlandularityAnalysis.analyse(image("b", Spacing.BREAST_CT), labels("b", sp)));
        assertTrue(e.getMessage().contains("spacing"), e.getMessage());
    }

    @Test
    void cancellationStops() {
        Progress cancelled = Progress.cancelledWhen(() -> true);
        assertThrows(CancelledException.class, () -> GlandularityAnalysis.analyse(image("b", Spacing.UNIT),
                labels("b", Spacing.UNIT), TaskExecutor.sequential(), cancelled));
    }

    /** Random volumes: 1 and 3 threads agree exactly, and both agree with a naive per-voxel count. */
    @Test
    void parallelEqualsSequentialEqualsBruteForce() {
        Random rnd = new Random(20261125);
        for (int trial = 0; trial < 5; trial++) {
            Dims d = new Dims(1 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(12));
            short[] hu = new short[d.size()];
            byte[] lab = new byte[d.size()];
            for (int i = 0; i < hu.length; i++) {
                hu[i] = (short) (rnd.nextInt(3025) - 1024);
                lab[i] = (byte) (rnd.nextInt(10) == 0 ? rnd.nextInt(256) : rnd.nextInt(4));
            }
            ShortVolume img = new ShortVolume("r" + trial, d, Spacing.BREAST_CT, hu);
            ByteVolume labels = new ByteVolume("r" + trial, d, Spacing.BREAST_CT, lab);
            GlandularityResult seq = GlandularityAnalysis.analyse(img, labels);
            GlandularityResult par;
            try (TaskExecutor ex = TaskExecutor.withThreads(3)) {
                par = GlandularityAnalysis.analyse(img, labels, ex, Progress.NONE);
            }
            assertEquals(seq, par);
            assertEquals(seq.huG(), par.huG(), 0);
            // brute force through the (z, y, x) accessors
            long fat = 0;
            long glands = 0;
            long tissueSum = 0;
            long[] counts = new long[256];
            for (int z = 0; z < d.nz(); z++) {
                for (int y = 0; y < d.ny(); y++) {
                    for (int x = 0; x < d.nx(); x++) {
                        int l = labels.get(z, y, x);
                        counts[l]++;
                        if (l == 1 || l == 2) {
                            tissueSum += img.get(z, y, x);
                            fat += l == 1 ? 1 : 0;
                            glands += l == 2 ? 1 : 0;
                        }
                    }
                }
            }
            for (int c = 0; c < 256; c++) {
                assertEquals(counts[c], seq.voxels(c));
            }
            double expectedSegG = (double) glands / (fat + glands);
            assertEquals(expectedSegG, seq.segG(), 0);
            assertEquals(GlandularityCalibration.g((double) tissueSum / (fat + glands)), seq.huG(), 0);
        }
    }
}
