package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.breastct.imaging.DistanceTransform;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/** robust-mode.md R1: prof and thick on hand-made cases. */
class DepthProfileTest {

    /** A profile with layers 1..15 from the given values, the rest repeating the last one. */
    private static double[] prof(double... first) {
        double[] p = new double[DepthProfile.LAYERS + 1];
        p[0] = Double.NaN;
        for (int k = 1; k <= DepthProfile.LAYERS; k++) {
            p[k] = first[Math.min(k, first.length) - 1];
        }
        return p;
    }

    @Test
    void layerIsTheDepthRoundedToTheNearestInteger() {
        // |D - k| < 0.5 with D = sqrt(q): q in [k^2 - k + 1, k^2 + k]
        assertEquals(0, DepthProfile.layer(0));
        assertEquals(1, DepthProfile.layer(1)); // D = 1
        assertEquals(1, DepthProfile.layer(2)); // D = 1.41
        assertEquals(2, DepthProfile.layer(3)); // D = 1.73
        assertEquals(2, DepthProfile.layer(6)); // D = 2.45
        assertEquals(3, DepthProfile.layer(7)); // D = 2.65
        assertEquals(15, DepthProfile.layer(211)); // D = 14.53
        assertEquals(15, DepthProfile.layer(240)); // D = 15.49
        assertEquals(0, DepthProfile.layer(241)); // D = 15.52: beyond layer 15
    }

    @Test
    void profIsTheMeanImagePerDepthLayerOverTheSlicesAsked() {
        // 2 slices of one row of 7 voxels; breast x = 0..5, background x = 6: depth 6 - x (the array
        // border is not background), so layer k holds x = 6 - k
        Dims d = new Dims(2, 1, 7);
        boolean[] breast = {true, true, true, true, true, true, false, true, true, true, true, true, true, false};
        short[] img = new short[14];
        for (int x = 0; x < 7; x++) {
            img[x] = (short) (10 * x);
            img[7 + x] = (short) (10 * x + 4);
        }
        int[] q = DistanceTransform.squared(breast, d, TaskExecutor.sequential());
        DepthProfile p = DepthProfile.of(img, breast, q, d, TaskExecutor.sequential());
        double[] both = p.prof(0, 2);
        double[] second = p.prof(1, 2);
        for (int k = 1; k <= 6; k++) {
            assertEquals(10 * (6 - k) + 2, both[k], 1e-12, "layer " + k);
            assertEquals(10 * (6 - k) + 4, second[k], 1e-12, "layer " + k);
        }
        for (int k = 7; k <= 15; k++) {
            assertTrue(Double.isNaN(both[k]), "layer " + k + " is empty");
        }
        assertNull(DepthProfile.thick(both), "empty layers: undefined");
    }

    @Test
    void thicknessInterpolatesTheHalfWayCrossing() {
        // p = 2 (40), lo = 0, mid = 20; k = 2: prof[3] = 20 <= 20 -> T = 2 + (40 - 20) / (40 - 20) = 3
        DepthProfile.Thickness t = DepthProfile.thick(prof(10, 40, 20, 0));
        assertEquals(3.0, t.thickness(), 1e-12);
        assertEquals(40.0, t.contrast(), 1e-12);
        assertEquals(2, t.peak());
        // p = 1, lo = -100, mid = 0; prof[2] = 80, prof[3] = 20 > 0, prof[4] = -100 <= 0 at k = 3:
        // T = 3 + (20 - 0) / (20 + 100)
        t = DepthProfile.thick(prof(100, 80, 20, -100));
        assertEquals(3 + 20.0 / 120, t.thickness(), 1e-12);
        assertEquals(200.0, t.contrast(), 1e-12);
        // lo is the minimum from p on only (a lower value before p does not count): p = 3 (50),
        // lo = -50 (layers 5..15), mid = 0; k = 3: prof[4] = 10 > 0; k = 4: prof[5] = -50 -> T = 4 + 10 / 60
        t = DepthProfile.thick(prof(-300, 0, 50, 10, -50));
        assertEquals(4 + 10.0 / 60, t.thickness(), 1e-12);
        assertEquals(100.0, t.contrast(), 1e-12);
        // ties on the maximum: the first
        assertEquals(1, DepthProfile.thick(prof(40, 40, 40, -255)).peak());
        assertEquals(3.5, DepthProfile.thick(prof(40, 40, 40, -255)).thickness(), 1e-12);
    }

    @Test
    void undefinedCases() {
        assertNull(DepthProfile.thick(prof(5)), "flat profile: contrast 0");
        double[] rising = new double[16];
        for (int k = 1; k <= 15; k++) {
            rising[k] = k;
        }
        assertNull(DepthProfile.thick(rising), "maximum at layer 15: no k with prof[k+1]");
        double[] holed = prof(40, 20, 0);
        holed[9] = Double.NaN;
        assertNull(DepthProfile.thick(holed), "an empty layer");
        double[] anyEmpty = new double[16];
        Arrays.fill(anyEmpty, Double.NaN);
        assertNull(DepthProfile.thick(anyEmpty));
    }
}
