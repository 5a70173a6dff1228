package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class ContourBandTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    @Test
    void imageBorderCountsAsOutside() {
        boolean[] full = new boolean[49];
        Arrays.fill(full, true);
        Dims d = Dims.slice(7, 7);
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#######",
                "#######",
                "##...##",
                "##...##",
                "##...##",
                "#######",
                "#######"), ContourBand.band(full, d, 1, SEQ));
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#######",
                "#.....#",
                "#.....#",
                "#.....#",
                "#.....#",
                "#.....#",
                "#######"), ContourBand.band(full, d, 0, SEQ));
        boolean[] two = ContourBand.band(full, d, 2, SEQ);
        boolean[] expected = full.clone();
        expected[24] = false;
        assertArrayEquals(expected, two);
    }

    @Test
    void holesHaveABoundaryTooAndDiagonalDistanceCounts() {
        boolean[] m = new boolean[81];
        Arrays.fill(m, true);
        m[40] = false; // centre of 9 x 9
        boolean[] b = ContourBand.band(m, Dims.slice(9, 9), 1, SEQ);
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#########",
                "#########",
                "##..#..##",
                "##.###.##",
                "####.####",
                "##.###.##",
                "##..#..##",
                "#########",
                "#########"), b, PrimitivesTestSupport.show(b, 9, 9));
    }

    @Test
    void slicesAreIndependent() {
        boolean[] m = new boolean[50];
        Arrays.fill(m, 0, 25, true);
        boolean[] b = ContourBand.band(m, new Dims(2, 5, 5), 1, SEQ);
        boolean[] expected = new boolean[50];
        Arrays.fill(expected, 0, 25, true);
        expected[12] = false;
        assertArrayEquals(expected, b);
    }

    @Test
    void rejectsNegativeWidth() {
        assertThrows(IllegalArgumentException.class, () -> ContourBand.band(new boolean[4], Dims.slice(2, 2), -1, SEQ));
    }

    @Test
    void matchesBruteForceOnRandomBlobsForAnyThreadCount() {
        Random rnd = new Random(3);
        Dims d = new Dims(4, 17, 19);
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (int rep = 0; rep < 6; rep++) {
                // blobby masks: dilated random seeds, so that there are thick regions with holes
                boolean[] seeds = PrimitivesTestSupport.random(rnd, d.size(), 0.08 + 0.03 * rep);
                boolean[] m = Morphology.dilate(seeds, d, 1, 3, 3, SEQ);
                int[] widths = {0, 1, 2, 3, 5};
                boolean[][] all = ContourBand.bands(m, d, three, widths);
                for (int k = 0; k < widths.length; k++) {
                    int n = widths[k];
                    boolean[] expected = bruteForce(m, d, n);
                    assertArrayEquals(expected, ContourBand.band(m, d, n, SEQ), "rep " + rep + " n=" + n);
                    assertArrayEquals(expected, ContourBand.band(m, d, n, three), "rep " + rep + " n=" + n + " (3 threads)");
                    assertArrayEquals(expected, all[k], "rep " + rep + " bands() n=" + n);
                }
            }
        }
    }

    @Test
    void speckledMasksAndWideBandsMatchBruteForce() {
        // many boundary runs per row: wide bands take the per-slice distance-transform route,
        // narrow ones the run route; both must give the brute-force band
        Random rnd = new Random(11);
        Dims d = new Dims(3, 23, 29);
        try (TaskExecutor two = TaskExecutor.withThreads(2)) {
            for (int rep = 0; rep < 4; rep++) {
                boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), 0.5 + 0.1 * rep);
                int[] widths = {0, 1, 4, 9, 15, 40};
                boolean[][] all = ContourBand.bands(m, d, two, widths);
                for (int k = 0; k < widths.length; k++) {
                    int n = widths[k];
                    boolean[] expected = bruteForce(m, d, n);
                    assertArrayEquals(expected, all[k], "rep " + rep + " bands() n=" + n);
                    assertArrayEquals(expected, ContourBand.band(m, d, n, SEQ), "rep " + rep + " n=" + n);
                }
            }
        }
    }

    static boolean[] bruteForce(boolean[] m, Dims d, int n) {
        int ny = d.ny();
        int nx = d.nx();
        boolean[] out = new boolean[m.length];
        for (int z = 0; z < d.nz(); z++) {
            boolean[] boundary = new boolean[ny * nx];
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    if (!m[d.index(z, y, x)]) {
                        continue;
                    }
                    int[][] four = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
                    for (int[] o : four) {
                        int yy = y + o[0];
                        int xx = x + o[1];
                        if (yy < 0 || yy >= ny || xx < 0 || xx >= nx || !m[d.index(z, yy, xx)]) {
                            boundary[y * nx + x] = true;
                        }
                    }
                }
            }
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    if (!m[d.index(z, y, x)]) {
                        continue;
                    }
                    for (int p = 0; p < ny * nx && !out[d.index(z, y, x)]; p++) {
                        if (boundary[p]) {
                            int dy = p / nx - y;
                            int dx = p % nx - x;
                            out[d.index(z, y, x)] = dy * dy + dx * dx <= n * n;
                        }
                    }
                }
            }
        }
        return out;
    }
}
