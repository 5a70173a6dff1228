package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked cases of {@link OpenCvContourBand}; the expected pictures follow from the contract
 * (worked through in the comments). The random-mask comparison with real cv2 is
 * {@link OpenCvContourBandCrossCheckTest}.
 */
class OpenCvContourBandTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    /** What a single thick segment p..q of half-width n draws on an ny x nx image (no mask). */
    private static boolean[] drawn(int ny, int nx, int px, int py, int qx, int qy, int n) {
        OpenCvContourBand.Canvas c = new OpenCvContourBand.Canvas(ny, nx, new int[] {0, ny - 1, 0, nx - 1});
        OpenCvContourBand.thickSegment(px, py, qx, qy, n, c);
        boolean[] out = new boolean[ny * nx];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                out[y * nx + x] = c.get(x, y);
            }
        }
        return out;
    }

    private static List<String> contours(boolean[] slice, int ny, int nx) {
        List<String> out = new ArrayList<>();
        for (int[] c : OpenCvContourBand.contours(slice, ny, nx)) {
            out.add(Arrays.toString(c));
        }
        return out;
    }

    @Test
    void joinIsTheMidpointCircle() {
        // radius 2: (x, y) = (2, 0) -> rows 0: +-2, row 2: +-0; err 1 > 0 -> (1, 1): row 1: +-1; then x < y
        assertArrayEquals(OpenCvContourBand.discHalfWidths(2), new int[] {2, 1, 0});
        assertArrayEquals(PrimitivesTestSupport.mask(
                ".......",
                "...#...",
                "..###..",
                ".#####.",
                "..###..",
                "...#...",
                "......."), drawn(7, 7, 3, 3, 3, 3, 2));
        // radius 3: (3, 0): rows 0 +-3, 3 +-0; (2, 1) after err 1 - 5: rows 1 +-2, 2 +-1; (2, 2): row 2 +-2
        assertArrayEquals(PrimitivesTestSupport.mask(
                "...#...",
                ".#####.",
                ".#####.",
                "#######",
                ".#####.",
                ".#####.",
                "...#..."), drawn(7, 7, 3, 3, 3, 3, 3));
        // clipped to the image at a corner
        assertArrayEquals(PrimitivesTestSupport.mask(
                "####.",
                "###..",
                "###..",
                "#....",
                "....."), drawn(5, 5, 0, 0, 0, 0, 3));
    }

    @Test
    void axisAlignedSegmentIsARectangleOfHalfWidthN() {
        // d = rint(n 2^16 (dy, dx) / len) = (2, 0) pixels: the quad is x in [2, 6], y in [1, 5] (the
        // bottom row comes from the polygon's outline), plus the radius-2 circle at the end (4, 5)
        assertArrayEquals(PrimitivesTestSupport.mask(
                "........",
                "..#####.",
                "..#####.",
                "..#####.",
                "..#####.",
                "..#####.",
                "...###..",
                "....#..."), drawn(8, 8, 4, 1, 4, 5, 2));
    }

    @Test
    void obliqueSegmentCoversItsCoreAndNothingFarFromIt() {
        int ny = 30;
        int nx = 30;
        int n = 4;
        int px = 3;
        int py = 5;
        int qx = 24;
        int qy = 17;
        boolean[] d = drawn(ny, nx, px, py, qx, qy, n);
        double len = Math.hypot(qx - px, qy - py);
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double t = ((x - px) * (qx - px) + (y - py) * (qy - py)) / (len * len);
                double perp = Math.abs((x - px) * (qy - py) - (y - py) * (qx - px)) / len;
                double toQ = Math.hypot(x - qx, y - qy);
                boolean core = (t * len >= 1.5 && t <= 1 && perp <= n - 1.5) || toQ <= n - 1;
                boolean far = (t < 0 || t > 1 || perp > n + 1.5) && toQ > n + 1.5 && Math.hypot(x - px, y - py) > n + 1.5;
                if (core) {
                    assertTrue(d[y * nx + x], "core pixel (" + x + ", " + y + ") not drawn");
                }
                if (far) {
                    assertFalse(d[y * nx + x], "far pixel (" + x + ", " + y + ") drawn");
                }
            }
        }
    }

    @Test
    void squareHasItsFourCornersAsVerticesAndAFrameBand() {
        boolean[] m = new boolean[20 * 20];
        for (int y = 5; y < 15; y++) {
            for (int x = 5; x < 15; x++) {
                m[y * 20 + x] = true;
            }
        }
        // traced from the top-left corner down the left side first (the outer search starts to the left)
        assertEquals(List.of("[5, 5, 5, 14, 14, 14, 14, 5]"), contours(m, 20, 20));
        boolean[] b2 = OpenCvContourBand.band(m, Dims.slice(20, 20), 2, SEQ);
        boolean[] b3 = OpenCvContourBand.band(m, Dims.slice(20, 20), 3, SEQ);
        for (int y = 5; y < 15; y++) {
            for (int x = 5; x < 15; x++) {
                int depth = Math.min(Math.min(x - 5, 14 - x), Math.min(y - 5, 14 - y));
                assertEquals(depth <= 2, b2[y * 20 + x], "n=2 at (" + x + ", " + y + ")");
                assertEquals(depth <= 3, b3[y * 20 + x], "n=3 at (" + x + ", " + y + ")");
            }
        }
        assertEquals(0, count(b2) - count(and(b2, m)), "the band stays inside the mask");
    }

    @Test
    void ringWithAHoleHasAnOuterAndAnOctagonalHoleContour() {
        boolean[] m = new boolean[15 * 15];
        Arrays.fill(m, true);
        for (int y = 5; y < 10; y++) {
            for (int x = 5; x < 10; x++) {
                m[y * 15 + x] = false;
            }
        }
        // the hole border is followed from (4, 5), the pixel left of the hole's first pixel; diagonal steps
        // cut the corners (4, 4), (10, 4), ... of the 8-connected foreground around the hole
        assertEquals(List.of("[0, 0, 0, 14, 14, 14, 14, 0]", "[4, 5, 5, 4, 9, 4, 10, 5, 10, 9, 9, 10, 5, 10, 4, 9]"),
                contours(m, 15, 15));
        // n = 2: the outer frame is 3 wide (x <= 2), the hole's vertical and horizontal segments reach 2 from
        // x = 4 (x >= 2), the joins of radius 2 at (4, 5) and (5, 4) cover (3, 4) and (4, 3); only (3, 3),
        // more than 2 from every segment and join, stays out (and its mirror images)
        assertArrayEquals(PrimitivesTestSupport.mask(
                "###############",
                "###############",
                "###############",
                "###.#######.###",
                "###############",
                "#####.....#####",
                "#####.....#####",
                "#####.....#####",
                "#####.....#####",
                "#####.....#####",
                "###############",
                "###.#######.###",
                "###############",
                "###############",
                "###############"), OpenCvContourBand.band(m, Dims.slice(15, 15), 2, SEQ));
    }

    @Test
    void singlePixelsAndDiagonalChains() {
        boolean[] m = new boolean[12 * 12];
        m[1 * 12 + 10] = true; // isolated pixel: a one-point contour
        for (int i = 2; i < 10; i++) {
            m[i * 12 + i] = true; // diagonal chain: two vertices, followed down and back up
        }
        assertEquals(List.of("[10, 1]", "[2, 2, 9, 9]"), contours(m, 12, 12));
        // every pixel of such thin shapes is within the drawing
        assertArrayEquals(m, OpenCvContourBand.band(m, Dims.slice(12, 12), 2, SEQ));
        assertArrayEquals(m, OpenCvContourBand.band(m, Dims.slice(12, 12), 25, SEQ));
    }

    @Test
    void slicesAreIndependentAndThreadCountDoesNotMatter() {
        Dims dims = new Dims(12, 40, 33);
        boolean[] m = OpenCvContourBandCrossCheckTest.randomMasks(dims, 5).data();
        boolean[][] one = OpenCvContourBand.bands(m, dims, SEQ, 3, 9, 25);
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            boolean[][] par = OpenCvContourBand.bands(m, dims, three, 3, 9, 25);
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(one[k], par[k]);
            }
        }
        int s = dims.sliceSize();
        for (int z = 0; z < dims.nz(); z++) {
            boolean[] alone = Arrays.copyOfRange(m, z * s, (z + 1) * s);
            assertArrayEquals(Arrays.copyOfRange(one[2], z * s, (z + 1) * s),
                    OpenCvContourBand.band(alone, Dims.slice(dims.ny(), dims.nx()), 25, SEQ), "slice " + z);
        }
    }

    @Test
    void emptyMaskAndBadArguments() {
        Dims d = Dims.slice(5, 6);
        assertArrayEquals(new boolean[30], OpenCvContourBand.band(new boolean[30], d, 3, SEQ));
        assertThrows(IllegalArgumentException.class, () -> OpenCvContourBand.band(new boolean[30], d, 1, SEQ));
        assertThrows(IllegalArgumentException.class, () -> OpenCvContourBand.band(new boolean[29], d, 3, SEQ));
        assertThrows(IllegalArgumentException.class, () -> OpenCvContourBand.sliceBand(new boolean[30], d, 1, 3));
        assertEquals(0, OpenCvContourBand.bands(new boolean[30], d, SEQ).length);
    }

    private static int count(boolean[] a) {
        int c = 0;
        for (boolean v : a) {
            c += v ? 1 : 0;
        }
        return c;
    }

    private static boolean[] and(boolean[] a, boolean[] b) {
        boolean[] o = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            o[i] = a[i] && b[i];
        }
        return o;
    }
}
