package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class GaussianFilterTest {

    @Test
    void kernelForSigmaHalfByHand() {
        // r = int(4 * 0.5 + 0.5) = 2; weights exp(-2 x^2) / (1 + 2 e^-2 + 2 e^-8)
        double e2 = 0.1353352832366127;
        double e8 = 3.3546262790251185E-4;
        double sum = 1 + 2 * e2 + 2 * e8;
        double[] w = GaussianFilter.kernel(0.5);
        assertEquals(3, w.length);
        assertEquals(1 / sum, w[0], 1e-15);
        assertEquals(e2 / sum, w[1], 1e-15);
        assertEquals(e8 / sum, w[2], 1e-15);
        assertEquals(21, GaussianFilter.kernel(5).length);
    }

    @Test
    void reflectIsHalfSampleSymmetricWithPeriodTwoN() {
        // a b c d: ... d c b a | a b c d | d c b a | a b ...
        int[] expected = {0, 1, 2, 3, 3, 2, 1, 0, 0, 1, 2, 3, 3, 2, 1, 0, 0};
        for (int i = -8; i <= 8; i++) {
            assertEquals(expected[i + 8], GaussianFilter.reflect(i, 4), "index " + i);
        }
        assertEquals(0, GaussianFilter.reflect(-1, 4));
        assertEquals(3, GaussianFilter.reflect(-4, 4));
        assertEquals(3, GaussianFilter.reflect(-5, 4));
        assertEquals(0, GaussianFilter.reflect(-8, 4));
        assertEquals(0, GaussianFilter.reflect(-9, 4));
        assertEquals(3, GaussianFilter.reflect(4, 4));
        assertEquals(0, GaussianFilter.reflect(7, 4));
        assertEquals(0, GaussianFilter.reflect(8, 4));
        assertEquals(0, GaussianFilter.reflect(-3, 1));
    }

    @Test
    void constantImageStaysConstantAndResultIsTruncatedTowardZero() {
        short[] c = new short[6 * 7];
        Arrays.fill(c, (short) -1024);
        short[] s = GaussianFilter.smoothInt16(c, 6, 7, 5);
        short[] expected = c.clone();
        assertArrayEquals(expected, s);
        // 1 x 2 image [0, 1]: the right pixel keeps about 0.77 of its value and the left gets about
        // 0.23; int16 truncation gives 0 for both (rounding would give 1 on the right)
        short[] two = GaussianFilter.smoothInt16(new short[] {0, 1}, 1, 2, 0.7);
        assertArrayEquals(new short[] {0, 0}, two);
        short[] neg = GaussianFilter.smoothInt16(new short[] {0, -1}, 1, 2, 0.7);
        assertArrayEquals(new short[] {0, 0}, neg);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> GaussianFilter.smoothInt16(new short[5], 2, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> GaussianFilter.smoothInt16(new short[6], 2, 3, 0));
    }

    @Test
    void matchesScipyGaussianFilterFixtureExactly() throws IOException {
        List<String> lines = PrimitivesTestSupport.resourceLines("gaussian_fixture.txt");
        int cases = 0;
        for (int i = 0; i < lines.size(); i += 4) {
            String[] h = lines.get(i).split("\\s+");
            int ny = Integer.parseInt(h[1]);
            int nx = Integer.parseInt(h[2]);
            double sigma = Double.parseDouble(h[3]);
            String[] wt = lines.get(i + 1).trim().split("\\s+");
            double[] w = GaussianFilter.kernel(sigma);
            assertEquals(wt.length - 1, w.length, "radius for sigma " + sigma);
            for (int k = 0; k < w.length; k++) {
                double scipy = Double.parseDouble(wt[k + 1]);
                // numpy's SIMD exp may differ from StrictMath.exp by one ulp, the normalised weight by a few
                assertTrue(Math.abs(scipy - w[k]) <= 4 * Math.ulp(scipy), "sigma " + sigma + " weight " + k + ": scipy "
                        + scipy + " vs " + w[k]);
            }
            int[] in = PrimitivesTestSupport.ints(lines.get(i + 2), "input");
            int[] out = PrimitivesTestSupport.ints(lines.get(i + 3), "output");
            short[] img = new short[in.length];
            short[] expected = new short[out.length];
            for (int k = 0; k < in.length; k++) {
                img[k] = (short) in[k];
                expected[k] = (short) out[k];
            }
            assertArrayEquals(expected, GaussianFilter.smoothInt16(img, ny, nx, sigma),
                    "case " + (i / 4) + " " + ny + "x" + nx + " sigma " + sigma);
            cases++;
        }
        assertEquals(6, cases);
    }

    @Test
    void doubleOverloadAgreesWithDirectTwoDimensionalSum() {
        int ny = 5;
        int nx = 6;
        double[] img = new double[ny * nx];
        for (int i = 0; i < img.length; i++) {
            img[i] = (i * 37) % 11 - 5;
        }
        double sigma = 1.3;
        double[] w = GaussianFilter.kernel(sigma);
        int r = w.length - 1;
        double[] s = GaussianFilter.smooth(img, ny, nx, sigma);
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double acc = 0;
                for (int dy = -r; dy <= r; dy++) {
                    for (int dx = -r; dx <= r; dx++) {
                        acc += w[Math.abs(dy)] * w[Math.abs(dx)]
                                * img[GaussianFilter.reflect(y + dy, ny) * nx + GaussianFilter.reflect(x + dx, nx)];
                    }
                }
                assertEquals(acc, s[y * nx + x], 1e-12, "pixel " + y + "," + x);
            }
        }
    }

    @Test
    void nearestRepeatsTheEdgeValue() {
        assertEquals(0, GaussianFilter.nearest(-3, 4));
        assertEquals(0, GaussianFilter.nearest(0, 4));
        assertEquals(3, GaussianFilter.nearest(3, 4));
        assertEquals(3, GaussianFilter.nearest(9, 4));
        assertEquals(2, GaussianFilter.index(-3, 4, GaussianFilter.Border.REFLECT));
        assertEquals(0, GaussianFilter.index(-3, 4, GaussianFilter.Border.NEAREST));
    }

    @Test
    void smooth3dBordersByHand() {
        // one row [100, 0, 0, 0, 0], sigma 1 (radius 4): 'nearest' sees 100 at -1..-4, 'reflect' only at -1
        double[] w = GaussianFilter.kernel(1);
        org.breastct.volume.Dims d = new org.breastct.volume.Dims(1, 1, 5);
        short[] row = {100, 0, 0, 0, 0};
        float[] n = GaussianFilter.smooth(row, d, 1, GaussianFilter.Border.NEAREST,
                org.breastct.parallel.TaskExecutor.sequential());
        float[] r = GaussianFilter.smooth(row, d, 1, GaussianFilter.Border.REFLECT,
                org.breastct.parallel.TaskExecutor.sequential());
        assertEquals(100 * (w[0] + w[1] + w[2] + w[3] + w[4]), n[0], 1e-4);
        assertEquals(100 * (w[0] + w[1]), r[0], 1e-4);
        assertEquals(100 * (w[1] + w[2] + w[3] + w[4]), n[1], 1e-4); // in[0] and in[-1..-3] at distance 1..4
        assertEquals(100 * w[4], n[4], 1e-4);
    }

    @Test
    void smooth3dSpreadsADeltaAsTheProductOfTheKernels() {
        // 9 x 9 x 9, 1000 at the centre: the kernel (radius 4) never reaches the border
        org.breastct.volume.Dims d = new org.breastct.volume.Dims(9, 9, 9);
        short[] img = new short[d.size()];
        img[d.index(4, 4, 4)] = 1000;
        double[] w = GaussianFilter.kernel(1);
        try (org.breastct.parallel.TaskExecutor ex = org.breastct.parallel.TaskExecutor.withThreads(3)) {
            for (GaussianFilter.Border b : GaussianFilter.Border.values()) {
                float[] s = GaussianFilter.smooth(img, d, 1, b, ex);
                assertEquals(1000 * w[0] * w[0] * w[0], s[d.index(4, 4, 4)], 1e-3);
                assertEquals(1000 * w[1] * w[0] * w[2], s[d.index(5, 4, 2)], 1e-3);
                assertEquals(1000 * w[4] * w[4] * w[4], s[d.index(0, 8, 0)], 1e-6);
                double sum = 0;
                for (float f : s) {
                    sum += f;
                }
                assertEquals(1000, sum, 1e-2);
            }
        }
        // a constant volume stays constant with either border
        short[] c = new short[d.size()];
        Arrays.fill(c, (short) -255);
        for (GaussianFilter.Border b : GaussianFilter.Border.values()) {
            for (float f : GaussianFilter.smooth(c, d, 1, b, org.breastct.parallel.TaskExecutor.sequential())) {
                assertEquals(-255, f, 1e-3);
            }
        }
    }
}
