package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

    private static final boolean[] IMAGE_2D = PrimitivesTestSupport.mask(
            "#..#..",
            "#..#.#",
            ".##..#",
            "......",
            "#....#");
    private static final Dims DIMS_2D = Dims.slice(5, 6);

    @Test
    void fullConnectivity2dNumbersComponentsInRasterOrder() {
        Labeling lab = ConnectedComponents.label(IMAGE_2D, DIMS_2D, Connectivity.FULL, TaskExecutor.sequential());
        assertArrayEquals(new int[] {
            1, 0, 0, 1, 0, 0,
            1, 0, 0, 1, 0, 2,
            0, 1, 1, 0, 0, 2,
            0, 0, 0, 0, 0, 0,
            3, 0, 0, 0, 0, 4}, lab.labels());
        assertEquals(4, lab.count());
        assertEquals(6, lab.size(1));
        assertEquals(2, lab.size(2));
        assertEquals(1, lab.size(3));
        assertEquals(0, lab.firstIndex(1));
        assertEquals(11, lab.firstIndex(2));
        assertEquals(24, lab.firstIndex(3));
        assertEquals(29, lab.firstIndex(4));
        assertEquals(1, lab.largest());
    }

    @Test
    void faceConnectivity2dSeparatesDiagonalNeighbours() {
        Labeling lab = ConnectedComponents.label(IMAGE_2D, DIMS_2D, Connectivity.FACE, TaskExecutor.sequential());
        assertArrayEquals(new int[] {
            1, 0, 0, 2, 0, 0,
            1, 0, 0, 2, 0, 3,
            0, 4, 4, 0, 0, 3,
            0, 0, 0, 0, 0, 0,
            5, 0, 0, 0, 0, 6}, lab.labels());
        assertEquals(13, lab.firstIndex(4));
        // four components of two pixels: the largest is the lowest label
        assertEquals(1, lab.largest());
    }

    @Test
    void componentWhoseArmsMeetLaterKeepsItsFirstVoxelNumber() {
        boolean[] m = PrimitivesTestSupport.mask(
                "..#.#",
                "#.#.#",
                "#####");
        Labeling lab = ConnectedComponents.label(m, Dims.slice(3, 5), Connectivity.FACE, TaskExecutor.sequential());
        assertEquals(1, lab.count());
        assertEquals(2, lab.firstIndex(1));
        assertEquals(10, lab.size(1));
    }

    @Test
    void threeDimensionalCornerAndFaceConnectivity() {
        Dims d = new Dims(3, 3, 3);
        boolean[] m = new boolean[27];
        m[d.index(0, 0, 0)] = true;
        m[d.index(0, 2, 2)] = true;
        m[d.index(1, 1, 1)] = true;
        m[d.index(1, 2, 2)] = true;
        m[d.index(2, 2, 2)] = true;
        Labeling full = ConnectedComponents.label(m, d, Connectivity.FULL, TaskExecutor.sequential());
        assertEquals(1, full.count());
        assertEquals(5, full.size(1));
        Labeling face = ConnectedComponents.label(m, d, Connectivity.FACE, TaskExecutor.sequential());
        assertEquals(3, face.count());
        assertEquals(1, face.labels()[d.index(0, 0, 0)]);
        assertEquals(2, face.labels()[d.index(0, 2, 2)]);
        assertEquals(2, face.labels()[d.index(1, 2, 2)]);
        assertEquals(2, face.labels()[d.index(2, 2, 2)]);
        assertEquals(3, face.labels()[d.index(1, 1, 1)]);
        assertEquals(3, face.size(2));
        assertEquals(8, face.firstIndex(2));
        assertEquals(13, face.firstIndex(3));
    }

    @Test
    void largestTieGoesToLowestLabelAndEmptyInputGivesEmptyMask() {
        boolean[] m = PrimitivesTestSupport.mask("##.##", ".....", "#....");
        boolean[] lcc = ConnectedComponents.largest(m, Dims.slice(3, 5), Connectivity.FULL, TaskExecutor.sequential());
        assertArrayEquals(PrimitivesTestSupport.mask("##...", ".....", "....."), lcc);
        boolean[] none = ConnectedComponents.largest(new boolean[15], Dims.slice(3, 5), Connectivity.FULL,
                TaskExecutor.sequential());
        assertArrayEquals(new boolean[15], none);
        Labeling empty = ConnectedComponents.label(new boolean[15], Dims.slice(3, 5), Connectivity.FACE,
                TaskExecutor.sequential());
        assertEquals(0, empty.count());
        assertEquals(0, empty.largest());
    }

    @Test
    void rejectsLengthMismatch() {
        assertThrows(IllegalArgumentException.class, () -> ConnectedComponents.label(new boolean[5], Dims.slice(2, 3),
                Connectivity.FULL, TaskExecutor.sequential()));
    }

    @Test
    void componentOfHoldsTheSeedsComponentOnly() {
        // IMAGE_2D: FULL joins the top-left arm (0, 3), the column (3) and the diagonal pair (2, 1..2)
        boolean[] full = ConnectedComponents.componentOf(IMAGE_2D, DIMS_2D, Connectivity.FULL, 0,
                TaskExecutor.sequential());
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#..#..",
                "#..#..",
                ".##...",
                "......",
                "......"), full);
        // FACE: only the two pixels of column 0
        boolean[] face = ConnectedComponents.componentOf(IMAGE_2D, DIMS_2D, Connectivity.FACE, 6,
                TaskExecutor.sequential());
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#.....",
                "#.....",
                "......",
                "......",
                "......"), face);
        // a background seed gives an empty mask
        assertArrayEquals(new boolean[30], ConnectedComponents.componentOf(IMAGE_2D, DIMS_2D, Connectivity.FULL, 1,
                TaskExecutor.sequential()));
        // an arm that is reached only through a lower row (the run above is pushed from below)
        boolean[] u = PrimitivesTestSupport.mask(
                "#.#.#",
                "#.#.#",
                "#####");
        assertArrayEquals(u, ConnectedComponents.componentOf(u, Dims.slice(3, 5), Connectivity.FACE, 4,
                TaskExecutor.sequential()));
    }

    /** IMAGE_2D kept as runs: the numbering, sizes and first voxels of the labelling above; chosen components. */
    @Test
    void componentsAsRunsNumberLikeTheLabelling() {
        ConnectedComponents.Components c = ConnectedComponents.components(IMAGE_2D, DIMS_2D, Connectivity.FULL,
                TaskExecutor.sequential());
        assertEquals(4, c.count());
        assertEquals(6, c.size(1));
        assertEquals(11, c.firstIndex(2));
        assertEquals(1, c.largest());
        assertEquals(2, c.labelAt(17)); // (2, 5)
        assertEquals(0, c.labelAt(1));
        assertArrayEquals(PrimitivesTestSupport.mask(
                "......",
                ".....#",
                ".....#",
                "......",
                "#....."), c.select(new boolean[] {true, false, true, true, false}, TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> c.select(new boolean[4], TaskExecutor.sequential()));
        assertArrayEquals(PrimitivesTestSupport.mask(
                "......",
                ".....#",
                ".....#",
                "......",
                "......"), c.mask(2, TaskExecutor.sequential()));
        assertArrayEquals(new boolean[30], c.mask(0, TaskExecutor.sequential()));
        assertThrows(IndexOutOfBoundsException.class, () -> c.size(5));
        assertThrows(IndexOutOfBoundsException.class, () -> c.labelAt(30));
    }

    @Test
    void componentsOfSeveralSeedsIsTheUnionOfTheirComponents() {
        // IMAGE_2D with FACE: seeds in the column-0 pair (6) and the column-3 run (3); 1 is background
        boolean[] both = ConnectedComponents.componentsOf(IMAGE_2D, DIMS_2D, Connectivity.FACE, new int[] {6, 3, 1},
                TaskExecutor.sequential());
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#..#..",
                "#..#..",
                "......",
                "......",
                "......"), both);
        assertArrayEquals(new boolean[30], ConnectedComponents.componentsOf(IMAGE_2D, DIMS_2D, Connectivity.FACE,
                new int[0], TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> ConnectedComponents.componentsOf(IMAGE_2D, DIMS_2D,
                Connectivity.FACE, new int[] {0, 30}, TaskExecutor.sequential()));
    }

    @Test
    void componentOfIn3dFollowsCornerNeighboursOnlyForFull() {
        Dims d = new Dims(3, 3, 3);
        boolean[] m = new boolean[27];
        m[d.index(0, 0, 0)] = true;
        m[d.index(1, 1, 1)] = true; // corner neighbour of (0, 0, 0)
        m[d.index(2, 1, 1)] = true; // face neighbour of (1, 1, 1)
        m[d.index(2, 2, 0)] = true; // edge neighbour of (2, 1, 1)
        boolean[] full = ConnectedComponents.componentOf(m, d, Connectivity.FULL, 0, TaskExecutor.sequential());
        assertArrayEquals(m, full);
        boolean[] face = ConnectedComponents.componentOf(m, d, Connectivity.FACE, d.index(1, 1, 1),
                TaskExecutor.sequential());
        boolean[] expected = new boolean[27];
        expected[d.index(1, 1, 1)] = true;
        expected[d.index(2, 1, 1)] = true;
        assertArrayEquals(expected, face);
    }

    @Test
    void componentOfRejectsSeedOutsideAndLengthMismatch() {
        assertThrows(IllegalArgumentException.class, () -> ConnectedComponents.componentOf(new boolean[6],
                Dims.slice(2, 3), Connectivity.FULL, 6, TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> ConnectedComponents.componentOf(new boolean[6],
                Dims.slice(2, 3), Connectivity.FULL, -1, TaskExecutor.sequential()));
        assertThrows(IllegalArgumentException.class, () -> ConnectedComponents.componentOf(new boolean[5],
                Dims.slice(2, 3), Connectivity.FULL, 0, TaskExecutor.sequential()));
    }

    @Test
    void matchesBreadthFirstSearchOnRandomVolumesForAnyThreadCount() { // label, largest and componentOf
        Random rnd = new Random(42);
        Dims[] shapes = {new Dims(6, 7, 8), new Dims(1, 9, 11), new Dims(13, 5, 4), new Dims(9, 1, 7), new Dims(2, 2, 2)};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (int rep = 0; rep < 12; rep++) {
                for (Dims d : shapes) {
                    double p = 0.2 + 0.15 * (rep % 5);
                    boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), p);
                    for (Connectivity c : Connectivity.values()) {
                        Labeling expected = bruteForce(m, d, c);
                        for (TaskExecutor ex : new TaskExecutor[] {TaskExecutor.sequential(), three}) {
                            for (int seed = 0; seed < d.size(); seed += 1 + rep % 3) {
                                int l = expected.labels()[seed];
                                boolean[] want = l == 0 ? new boolean[d.size()] : expected.mask(l);
                                assertArrayEquals(want, ConnectedComponents.componentOf(m, d, c, seed, ex),
                                        d + " " + c + " p=" + p + " threads=" + ex.threads() + " componentOf " + seed);
                            }
                            Labeling got = ConnectedComponents.label(m, d, c, ex);
                            String what = d + " " + c + " p=" + p + " threads=" + ex.threads();
                            assertEquals(expected.count(), got.count(), what);
                            assertArrayEquals(expected.labels(), got.labels(), what);
                            for (int l = 1; l <= expected.count(); l++) {
                                assertEquals(expected.size(l), got.size(l), what + " size of " + l);
                                assertEquals(expected.firstIndex(l), got.firstIndex(l), what + " first of " + l);
                            }
                            boolean[] lcc = ConnectedComponents.largest(m, d, c, ex);
                            assertArrayEquals(expected.mask(expected.largest()), lcc, what + " LCC");
                            // the same components kept as runs
                            ConnectedComponents.Components comps = ConnectedComponents.components(m, d, c, ex);
                            assertEquals(expected.count(), comps.count(), what);
                            assertEquals(expected.largest(), comps.largest(), what + " largest");
                            boolean[] keep = PrimitivesTestSupport.random(rnd, expected.count() + 1, 0.4);
                            boolean[] selected = new boolean[d.size()]; // select never takes the background
                            for (int i = 0; i < d.size(); i++) {
                                selected[i] = expected.labels()[i] > 0 && keep[expected.labels()[i]];
                            }
                            for (int l = 1; l <= expected.count(); l++) {
                                assertEquals(expected.size(l), comps.size(l), what + " size of " + l);
                                assertEquals(expected.firstIndex(l), comps.firstIndex(l), what + " first of " + l);
                            }
                            for (int i = 0; i < d.size(); i++) {
                                assertEquals(expected.labels()[i], comps.labelAt(i), what + " label at " + i);
                            }
                            assertArrayEquals(selected, comps.select(keep, ex),
                                    what + " select");
                        }
                    }
                }
            }
        }
    }

    /** BFS labelling in raster order of first voxels, neighbours by hop count (independent oracle). */
    static Labeling bruteForce(boolean[] m, Dims d, Connectivity c) {
        int[] lab = new int[m.length];
        int[] sizes = new int[m.length + 1];
        int[] first = new int[m.length + 1];
        int count = 0;
        int maxHops = c == Connectivity.FACE ? 1 : 3;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < d.ny(); y++) {
                for (int x = 0; x < d.nx(); x++) {
                    int i = d.index(z, y, x);
                    if (!m[i] || lab[i] != 0) {
                        continue;
                    }
                    count++;
                    first[count] = i;
                    lab[i] = count;
                    queue.add(new int[] {z, y, x});
                    while (!queue.isEmpty()) {
                        int[] p = queue.poll();
                        sizes[count]++;
                        for (int dz = -1; dz <= 1; dz++) {
                            for (int dy = -1; dy <= 1; dy++) {
                                for (int dx = -1; dx <= 1; dx++) {
                                    int hops = Math.abs(dz) + Math.abs(dy) + Math.abs(dx);
                                    if (hops == 0 || hops > maxHops) {
                                        continue;
                                    }
                                    int zz = p[0] + dz;
                                    int yy = p[1] + dy;
                                    int xx = p[2] + dx;
                                    if (zz < 0 || zz >= d.nz() || yy < 0 || yy >= d.ny() || xx < 0 || xx >= d.nx()) {
                                        continue;
                                    }
                                    int j = d.index(zz, yy, xx);
                                    if (m[j] && lab[j] == 0) {
                                        lab[j] = count;
                                        queue.add(new int[] {zz, yy, xx});
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Labeling(d, lab, count, java.util.Arrays.copyOf(sizes, count + 1),
                java.util.Arrays.copyOf(first, count + 1));
    }
}
