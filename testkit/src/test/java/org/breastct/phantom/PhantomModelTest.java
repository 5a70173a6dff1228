package org.breastct.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhantomModelTest {

    private static final double BIN = 6.0 / PhantomModel.HIST_BINS;

    @Test
    void glandThresholdSplitsTheTopBinLinearly() {
        PhantomModel m = new PhantomModel(TestPhantoms.SMALL.withGlandFraction(0.25));
        long[] hist = new long[PhantomModel.HIST_BINS];
        hist[PhantomModel.HIST_BINS - 1] = 50; // bin [3.499, 3.5)
        hist[10] = 50; // bin [-2.49, -2.489)
        // target 25 of 100 interior voxels: half of the top bin, from its upper edge
        m.calibrateGlands(hist, 100);
        assertEquals(3.5 - 0.5 * BIN, m.tau(), 1e-12);
        // target 75: the whole top bin, then half of bin 10
        PhantomModel m2 = new PhantomModel(TestPhantoms.SMALL.withGlandFraction(0.5));
        m2.calibrateGlands(hist, 150);
        assertEquals(-2.5 + 10.5 * BIN, m2.tau(), 1e-12);
    }

    @Test
    void glandThresholdWithoutGlandsOrWithTooFewCandidates() {
        long[] hist = new long[PhantomModel.HIST_BINS];
        hist[3000] = 10;
        PhantomModel none = new PhantomModel(TestPhantoms.SMALL.withGlandFraction(0));
        none.calibrateGlands(hist, 100);
        assertEquals(Double.POSITIVE_INFINITY, none.tau());
        PhantomModel all = new PhantomModel(TestPhantoms.SMALL.withGlandFraction(0.5));
        all.calibrateGlands(hist, 100); // wants 50, only 10 candidates: all of them
        assertEquals(Double.NEGATIVE_INFINITY, all.tau());
    }

    @Test
    void valueNoiseIsBoundedAndSmooth() {
        int ny = 50;
        int nx = 70;
        double cell = 8;
        ValueNoise n = new ValueNoise(42, cell, ny, nx);
        double[] plane = new double[n.nodesY * n.nodesX];
        double[] row = new double[n.nodesX];
        double[] prevRow = new double[nx];
        double maxStep = 0;
        double min = 1;
        double max = -1;
        for (int z = 0; z < 20; z += 7) {
            n.plane(z, plane);
            for (int y = 0; y < ny; y++) {
                n.row(plane, y, row);
                for (int x = 0; x < nx; x++) {
                    double v = n.at(row, x);
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    if (x > 0) {
                        maxStep = Math.max(maxStep, Math.abs(v - n.at(row, x - 1)));
                    }
                    if (y > 0) {
                        maxStep = Math.max(maxStep, Math.abs(v - prevRow[x]));
                    }
                    prevRow[x] = v;
                }
            }
        }
        assertTrue(min >= -1 && max <= 1, min + " .. " + max);
        assertTrue(max - min > 1, "noise too flat: " + min + " .. " + max);
        // smoothstep slope is at most 1.5 per cell, values span at most 2: a step <= 3 / cell
        assertTrue(maxStep <= 3 / cell + 1e-12, "step " + maxStep);
    }

    @Test
    void valueNoiseIsAFunctionOfSeedAndPositionOnly() {
        ValueNoise a = new ValueNoise(7, 10, 40, 40);
        ValueNoise b = new ValueNoise(7, 10, 40, 40);
        ValueNoise c = new ValueNoise(8, 10, 40, 40);
        double[] pa = new double[a.nodesY * a.nodesX];
        double[] pb = new double[b.nodesY * b.nodesX];
        double[] pc = new double[c.nodesY * c.nodesX];
        // slices evaluated in different orders give the same plane
        b.plane(30, pb);
        a.plane(3, pa);
        a.plane(30, pa);
        c.plane(30, pc);
        assertEquals(java.util.Arrays.toString(pb), java.util.Arrays.toString(pa));
        assertTrue(!java.util.Arrays.equals(pa, pc));
    }

    @Test
    void cylinderCentreAndUsableRadiusFollowTheImporter() {
        PhantomModel m = new PhantomModel(PhantomSpec.DEFAULT.withShape(40, 300, 400));
        assertEquals(149.0, m.cy);
        assertEquals(199.0, m.cx);
        // min(400/2 - 30, 300/2 - 1) - 4
        assertEquals(145.0, m.usable);
        assertTrue(m.zTip >= 40 - 7 && m.zTip <= 40 - 4, "zTip " + m.zTip);
    }
}
