package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class DistanceTransformTest {

    @Test
    void scipyDocumentationExampleSquared() {
        // scipy.ndimage.distance_transform_edt docstring example; its values squared.
        boolean[] a = PrimitivesTestSupport.mask(
                ".####",
                "..###",
                ".####",
                ".###.",
                ".##..");
        int[] d = DistanceTransform.squared(a, Dims.slice(5, 5), TaskExecutor.sequential());
        assertArrayEquals(new int[] {
            0, 1, 2, 5, 9,
            0, 0, 1, 4, 4,
            0, 1, 2, 2, 1,
            0, 1, 2, 1, 0,
            0, 1, 1, 0, 0}, d);
    }

    @Test
    void arrayBorderIsNotBackground() {
        // a single background pixel in a corner: distances grow across the whole image
        boolean[] a = PrimitivesTestSupport.mask(
                ".###",
                "####",
                "####");
        int[] d = DistanceTransform.squared(a, Dims.slice(3, 4), TaskExecutor.sequential());
        assertArrayEquals(new int[] {
            0, 1, 4, 9,
            1, 2, 5, 10,
            4, 5, 8, 13}, d);
    }

    @Test
    void threeDimensionalDistancesToCentre() {
        Dims dims = new Dims(3, 3, 3);
        boolean[] a = new boolean[27];
        Arrays.fill(a, true);
        a[dims.index(1, 1, 1)] = false;
        int[] d = DistanceTransform.squared(a, dims, TaskExecutor.sequential());
        assertArrayEquals(new int[] {
            3, 2, 3, 2, 1, 2, 3, 2, 3,
            2, 1, 2, 1, 0, 1, 2, 1, 2,
            3, 2, 3, 2, 1, 2, 3, 2, 3}, d);
    }

    @Test
    void lineAlongZ() {
        boolean[] a = {false, true, true, true, true};
        int[] d = DistanceTransform.squared(a, new Dims(5, 1, 1), TaskExecutor.sequential());
        assertArrayEquals(new int[] {0, 1, 4, 9, 16}, d);
    }

    /**
     * The first slices of a column whose only background voxel is its last: the values are the distances
     * to that voxel (4^2, 3^2), so background beyond the written slices counts; the later slices of the
     * output are not touched.
     */
    @Test
    void firstSlicesSeeTheBackgroundOfLaterSlices() {
        boolean[] a = {true, true, true, true, false};
        int[] out = {-1, -1, -1, -1, -1};
        assertSame(out, DistanceTransform.squaredOfFirstSlices(a, new Dims(5, 1, 1), 2, out,
                TaskExecutor.sequential()));
        assertArrayEquals(new int[] {16, 9, -1, -1, -1}, out);
        assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squaredOfFirstSlices(a,
                new Dims(5, 1, 1), 0, new int[5], TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squaredOfFirstSlices(a,
                new Dims(5, 1, 1), 6, new int[5], TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squaredOfFirstSlices(a,
                new Dims(5, 1, 1), 3, new int[2], TaskExecutor.sequential()));
    }

    /** Every number of leading slices of random volumes: exactly the leading slices of the whole transform. */
    @Test
    void firstSlicesAreTheLeadingSlicesOfTheWholeTransform() {
        Random rnd = new Random(17);
        Dims[] shapes = {new Dims(6, 7, 8), new Dims(9, 3, 17), new Dims(12, 1, 1), new Dims(1, 13, 11)};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (Dims d : shapes) {
                for (double p : new double[] {0.5, 0.9, 0.99, 1.0}) {
                    boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), p);
                    int[] whole = bruteForce(m, d);
                    for (int slices = 1; slices <= d.nz(); slices++) {
                        int n = slices * d.sliceSize();
                        for (TaskExecutor ex : new TaskExecutor[] {TaskExecutor.sequential(), three}) {
                            int[] out = DistanceTransform.squaredOfFirstSlices(m, d, slices, new int[n], ex);
                            assertArrayEquals(Arrays.copyOf(whole, n), out,
                                    d + " p=" + p + " slices=" + slices + " threads=" + ex.threads());
                        }
                    }
                }
            }
        }
    }

    @Test
    void noBackgroundAndAllBackground() {
        boolean[] all = new boolean[12];
        Arrays.fill(all, true);
        int[] d = DistanceTransform.squared(all, new Dims(2, 2, 3), TaskExecutor.sequential());
        int[] expected = new int[12];
        Arrays.fill(expected, DistanceTransform.NO_BACKGROUND);
        assertArrayEquals(expected, d);
        assertArrayEquals(new int[12], DistanceTransform.squared(new boolean[12], new Dims(2, 2, 3),
                TaskExecutor.sequential()));
    }

    @Test
    void rejectsLengthMismatch() {
        assertThrows(IllegalArgumentException.class,
                () -> DistanceTransform.squared(new boolean[3], Dims.slice(2, 2), TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squared(new boolean[4],
                Dims.slice(2, 2), new int[3], TaskExecutor.sequential()));
    }

    @Test
    void matchesBruteForceOnRandomVolumesForAnyThreadCount() {
        Random rnd = new Random(7);
        Dims[] shapes = {new Dims(5, 6, 7), new Dims(1, 13, 11), new Dims(9, 3, 17), new Dims(20, 1, 1),
            new Dims(4, 19, 2)};
        double[] foreground = {0.5, 0.85, 0.97, 0.995};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (int rep = 0; rep < 3; rep++) {
                for (Dims d : shapes) {
                    for (double p : foreground) {
                        boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), p);
                        int[] expected = bruteForce(m, d);
                        String what = d + " p=" + p + " rep=" + rep;
                        assertArrayEquals(expected, DistanceTransform.squared(m, d, TaskExecutor.sequential()), what);
                        assertArrayEquals(expected, DistanceTransform.squared(m, d, three), what + " (3 threads)");
                        // into a longer array holding garbage: the first d.size() entries are the
                        // transform, the rest is not touched
                        int[] out = new int[d.size() + 5];
                        Arrays.fill(out, -12345);
                        assertSame(out, DistanceTransform.squared(m, d, out, three), what);
                        assertArrayEquals(expected, Arrays.copyOf(out, d.size()), what + " (into a longer array)");
                        for (int i = d.size(); i < out.length; i++) {
                            assertEquals(-12345, out[i], what + ": entry past dims.size() untouched");
                        }
                    }
                }
            }
        }
    }

    @Test
    void cappedIsTheMinimumOfTheTransformAndTheCap() {
        // 3-D: a single background voxel at the centre of a 1 x 1 x 9 line and of a 7 x 7 x 7 cube
        boolean[] line = {true, true, true, true, false, true, true, true, true};
        assertArrayEquals(new int[] {5, 5, 4, 1, 0, 1, 4, 5, 5},
                DistanceTransform.squaredAtMost(line, new Dims(9, 1, 1), new int[9], 5, TaskExecutor.sequential()));
        assertArrayEquals(new int[] {5, 5, 4, 1, 0, 1, 4, 5, 5},
                DistanceTransform.squaredAtMost(line, Dims.slice(1, 9), new int[9], 5, TaskExecutor.sequential()));
        // no background: every voxel gets the cap (2-D and 3-D)
        boolean[] all = new boolean[12];
        Arrays.fill(all, true);
        int[] sevens = new int[12];
        Arrays.fill(sevens, 7);
        assertArrayEquals(sevens, DistanceTransform.squaredAtMost(all, new Dims(2, 2, 3), new int[12], 7,
                TaskExecutor.sequential()));
        assertArrayEquals(sevens, DistanceTransform.squaredAtMost(all, Dims.slice(3, 4), new int[12], 7,
                TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squaredAtMost(all, new Dims(2, 2, 3),
                new int[12], 0, TaskExecutor.sequential()));
    }

    @Test
    void cappedMatchesBruteForceOnRandomVolumesForAnyThreadCount() {
        Random rnd = new Random(11);
        Dims[] shapes = {new Dims(9, 8, 10), new Dims(1, 17, 13), new Dims(14, 3, 17), new Dims(30, 1, 1)};
        double[] foreground = {0.85, 0.97, 0.995};
        int[] caps = {1, 2, 5, 16, 50, DistanceTransform.NO_BACKGROUND};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (Dims d : shapes) {
                for (double p : foreground) {
                    boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), p);
                    int[] exact = bruteForce(m, d);
                    for (int cap : caps) {
                        int[] expected = new int[exact.length];
                        for (int i = 0; i < exact.length; i++) {
                            expected[i] = Math.min(exact[i], cap);
                        }
                        String what = d + " p=" + p + " cap=" + cap;
                        int[] out = new int[d.size() + 3];
                        Arrays.fill(out, -9);
                        assertSame(out, DistanceTransform.squaredAtMost(m, d, out, cap, TaskExecutor.sequential()));
                        assertArrayEquals(expected, Arrays.copyOf(out, d.size()), what);
                        assertEquals(-9, out[d.size()], what + ": entry past dims.size() untouched");
                        assertArrayEquals(expected, Arrays.copyOf(DistanceTransform.squaredAtMost(m, d,
                                new int[d.size()], cap, three), d.size()), what + " (3 threads)");
                    }
                }
            }
        }
    }

    @Test
    void matchesBruteForceWhenForegroundOrBackgroundFillsOnlyPartOfTheGrid() {
        // the transform works on a box around the foreground and (capped) around the background: masks
        // whose foreground, or background, lies in a random box, touching the border or not
        Random rnd = new Random(5);
        Dims[] shapes = {new Dims(12, 14, 15), new Dims(9, 20, 7), new Dims(16, 5, 18)};
        int[] caps = {1, 3, 9, 10, 40, DistanceTransform.NO_BACKGROUND};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (int rep = 0; rep < 12; rep++) {
                for (Dims d : shapes) {
                    boolean foregroundBox = rep % 2 == 0;
                    int[] lo = new int[3];
                    int[] hi = new int[3];
                    int[] n = {d.nz(), d.ny(), d.nx()};
                    for (int a = 0; a < 3; a++) {
                        lo[a] = rep % 3 == 0 ? 0 : rnd.nextInt(n[a]);
                        hi[a] = rep % 4 == 1 ? n[a] - 1 : lo[a] + rnd.nextInt(n[a] - lo[a]);
                    }
                    boolean[] m = new boolean[d.size()];
                    for (int i = 0; i < m.length; i++) {
                        int z = i / (d.ny() * d.nx());
                        int y = (i / d.nx()) % d.ny();
                        int x = i % d.nx();
                        boolean in = z >= lo[0] && z <= hi[0] && y >= lo[1] && y <= hi[1] && x >= lo[2] && x <= hi[2];
                        // inside the box: mostly the box's kind, with a few voxels of the other
                        boolean boxKind = rnd.nextDouble() < 0.93;
                        m[i] = in ? (foregroundBox == boxKind) : !foregroundBox;
                    }
                    int[] exact = bruteForce(m, d);
                    for (int cap : caps) {
                        int[] expected = new int[exact.length];
                        for (int i = 0; i < exact.length; i++) {
                            expected[i] = Math.min(exact[i], cap);
                        }
                        String what = d + " rep=" + rep + " box " + Arrays.toString(lo) + "-" + Arrays.toString(hi)
                                + (foregroundBox ? " foreground" : " background") + " cap=" + cap;
                        int[] out = new int[d.size()];
                        Arrays.fill(out, -7);
                        assertArrayEquals(expected, DistanceTransform.squaredAtMost(m, d, out, cap,
                                TaskExecutor.sequential()), what);
                        assertArrayEquals(expected, DistanceTransform.squaredAtMost(m, d, new int[d.size()], cap,
                                three), what + " (3 threads)");
                    }
                }
            }
        }
    }

    @Test
    void cappedShortsHoldTheCappedTransform() {
        // hand-checked: the line and the no-background cube of cappedIsTheMinimumOfTheTransformAndTheCap
        boolean[] line = {true, true, true, true, false, true, true, true, true};
        for (Dims d : new Dims[] {new Dims(9, 1, 1), Dims.slice(1, 9)}) {
            assertArrayEquals(new short[] {5, 5, 4, 1, 0, 1, 4, 5, 5},
                    DistanceTransform.squaredAtMost(line, d, new short[9], 5, TaskExecutor.sequential()), d.toString());
        }
        boolean[] all = new boolean[12];
        Arrays.fill(all, true);
        short[] sevens = new short[12];
        Arrays.fill(sevens, (short) 7);
        assertArrayEquals(sevens, DistanceTransform.squaredAtMost(all, new Dims(2, 2, 3), new short[12], 7,
                TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squaredAtMost(all, new Dims(2, 2, 3),
                new short[12], 32768, TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> DistanceTransform.squaredAtMost(all, new Dims(2, 2, 3),
                new short[11], 7, TaskExecutor.sequential()));
    }

    @Test
    void cappedShortsMatchBruteForceOnRandomVolumesForAnyThreadCount() {
        Random rnd = new Random(17);
        Dims[] shapes = {new Dims(9, 8, 10), new Dims(1, 17, 13), new Dims(14, 3, 17), new Dims(30, 1, 1),
            new Dims(12, 40, 37)};
        int[] caps = {1, 5, 16, 256, Short.MAX_VALUE};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (Dims d : shapes) {
                for (double p : new double[] {0.85, 0.995}) {
                    boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), p);
                    int[] exact = bruteForce(m, d);
                    for (int cap : caps) {
                        short[] expected = new short[exact.length];
                        for (int i = 0; i < exact.length; i++) {
                            expected[i] = (short) Math.min(exact[i], cap);
                        }
                        String what = d + " p=" + p + " cap=" + cap;
                        short[] out = new short[d.size() + 3];
                        Arrays.fill(out, (short) -9);
                        assertSame(out, DistanceTransform.squaredAtMost(m, d, out, cap, TaskExecutor.sequential()));
                        assertArrayEquals(expected, Arrays.copyOf(out, d.size()), what);
                        assertEquals(-9, out[d.size()], what + ": entry past dims.size() untouched");
                        assertArrayEquals(expected, DistanceTransform.squaredAtMost(m, d, new short[d.size()], cap,
                                three), what + " (3 threads)");
                    }
                }
            }
        }
    }

    /** O(n^2): minimum squared distance to every background voxel. */
    static int[] bruteForce(boolean[] m, Dims d) {
        int[] out = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            if (!m[i]) {
                continue;
            }
            int z = i / (d.ny() * d.nx());
            int y = (i / d.nx()) % d.ny();
            int x = i % d.nx();
            long best = Long.MAX_VALUE;
            for (int j = 0; j < m.length; j++) {
                if (m[j]) {
                    continue;
                }
                long dz = j / (d.ny() * d.nx()) - z;
                long dy = (j / d.nx()) % d.ny() - y;
                long dx = j % d.nx() - x;
                best = Math.min(best, dz * dz + dy * dy + dx * dx);
            }
            out[i] = best == Long.MAX_VALUE ? DistanceTransform.NO_BACKGROUND : (int) best;
        }
        return out;
    }
}
