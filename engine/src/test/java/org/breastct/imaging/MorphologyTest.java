package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class MorphologyTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    @Test
    void erosion2dEatsTheBorderAndTheNeighbourhoodOfAHole() {
        boolean[] m = PrimitivesTestSupport.mask(
                "#####",
                "#####",
                "#####",
                "####.",
                "#####");
        boolean[] e = Morphology.erode(m, Dims.slice(5, 5), 1, 3, 3, SEQ);
        assertArrayEquals(PrimitivesTestSupport.mask(
                ".....",
                ".###.",
                ".##..",
                ".##..",
                "....."), e, PrimitivesTestSupport.show(e, 5, 5));
    }

    @Test
    void dilation2dIsClippedAtTheBorderAndAnisotropicBoxesWork() {
        boolean[] corner = PrimitivesTestSupport.mask("#...", "....", "....");
        assertArrayEquals(PrimitivesTestSupport.mask("##..", "##..", "...."),
                Morphology.dilate(corner, Dims.slice(3, 4), 1, 3, 3, SEQ));
        boolean[] centre = PrimitivesTestSupport.mask("....", ".#..", "....");
        assertArrayEquals(PrimitivesTestSupport.mask("....", "###.", "...."),
                Morphology.dilate(centre, Dims.slice(3, 4), 1, 1, 3, SEQ));
        boolean[] full = new boolean[12];
        Arrays.fill(full, true);
        assertArrayEquals(PrimitivesTestSupport.mask("...", "###", "###", "..."),
                Morphology.erode(full, Dims.slice(4, 3), 1, 3, 1, SEQ));
    }

    @Test
    void threeDimensionalCube() {
        boolean[] full = new boolean[27];
        Arrays.fill(full, true);
        boolean[] e = Morphology.erode(full, new Dims(3, 3, 3), 3, 3, 3, SEQ);
        boolean[] expected = new boolean[27];
        expected[13] = true;
        assertArrayEquals(expected, e);
        assertArrayEquals(full, Morphology.dilate(expected, new Dims(3, 3, 3), 3, SEQ));
        boolean[] line = {false, false, true, false, false};
        assertArrayEquals(new boolean[] {false, true, true, true, false},
                Morphology.dilate(line, new Dims(5, 1, 1), 3, 1, 1, SEQ));
        assertArrayEquals(new boolean[5], Morphology.erode(new boolean[] {true, true, true, true, false},
                new Dims(5, 1, 1), 5, 1, 1, SEQ));
        assertArrayEquals(new boolean[] {false, true, true, false, false},
                Morphology.erode(new boolean[] {true, true, true, true, false}, new Dims(5, 1, 1), 3, 1, 1, SEQ));
    }

    @Test
    void boxTallerThanASingleSliceEmptiesIt() {
        boolean[] full = new boolean[9];
        Arrays.fill(full, true);
        assertArrayEquals(new boolean[9], Morphology.erode(full, Dims.slice(3, 3), 3, 1, 1, SEQ));
        boolean[] centre = new boolean[9];
        centre[4] = true;
        // the (k) overload is 2-D on a 2-D grid
        assertArrayEquals(full, Morphology.dilate(centre, Dims.slice(3, 3), 3, SEQ));
    }

    @Test
    void rejectsEvenOrNonPositiveSizes() {
        assertThrows(IllegalArgumentException.class, () -> Morphology.erode(new boolean[9], Dims.slice(3, 3), 1, 2, 3, SEQ));
        assertThrows(IllegalArgumentException.class, () -> Morphology.dilate(new boolean[9], Dims.slice(3, 3), 0, 1, 1, SEQ));
    }

    @Test
    void matchesNaiveBoxOnRandomVolumesForAnyThreadCount() {
        Random rnd = new Random(5);
        Dims[] shapes = {new Dims(6, 7, 8), new Dims(1, 12, 10), new Dims(9, 4, 3), new Dims(3, 1, 11)};
        int[][] boxes = {{1, 3, 3}, {3, 3, 3}, {5, 5, 5}, {3, 1, 5}, {7, 3, 1}, {1, 1, 1}, {1, 9, 9}};
        try (TaskExecutor three = TaskExecutor.withThreads(3)) {
            for (int rep = 0; rep < 4; rep++) {
                for (Dims d : shapes) {
                    double p = rep % 2 == 0 ? 0.9 : 0.25;
                    boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), p);
                    for (int[] k : boxes) {
                        String what = d + " box " + Arrays.toString(k) + " p=" + p;
                        boolean[] e = naive(m, d, k, true);
                        boolean[] dl = naive(m, d, k, false);
                        for (TaskExecutor ex : new TaskExecutor[] {SEQ, three}) {
                            assertArrayEquals(e, Morphology.erode(m, d, k[0], k[1], k[2], ex), "erode " + what);
                            assertArrayEquals(dl, Morphology.dilate(m, d, k[0], k[1], k[2], ex), "dilate " + what);
                        }
                    }
                }
            }
        }
    }

    @Test
    void rowsLongerThanAWordAndWindowsWiderThanAWordMatchNaiveBox() {
        // the primitive packs 64 voxels per long: carries between words, radii of 64 and more
        Random rnd = new Random(6);
        Dims[] shapes = {new Dims(3, 5, 150), new Dims(1, 4, 64), new Dims(2, 3, 129)};
        int[][] boxes = {{1, 1, 3}, {1, 1, 65}, {1, 1, 129}, {3, 3, 131}, {3, 5, 7}, {1, 3, 201}};
        try (TaskExecutor two = TaskExecutor.withThreads(2)) {
            for (Dims d : shapes) {
                for (double p : new double[] {0.97, 0.3}) {
                    boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), p);
                    for (int[] k : boxes) {
                        String what = d + " box " + Arrays.toString(k) + " p=" + p;
                        assertArrayEquals(naive(m, d, k, true), Morphology.erode(m, d, k[0], k[1], k[2], two),
                                "erode " + what);
                        assertArrayEquals(naive(m, d, k, false), Morphology.dilate(m, d, k[0], k[1], k[2], two),
                                "dilate " + what);
                    }
                }
            }
        }
    }

    /** Direct definition: every (erode) / some (dilate) voxel of the box, outside = false. */
    static boolean[] naive(boolean[] m, Dims d, int[] k, boolean erode) {
        boolean[] out = new boolean[m.length];
        int rz = k[0] / 2;
        int ry = k[1] / 2;
        int rx = k[2] / 2;
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < d.ny(); y++) {
                for (int x = 0; x < d.nx(); x++) {
                    boolean all = true;
                    boolean any = false;
                    for (int dz = -rz; dz <= rz; dz++) {
                        for (int dy = -ry; dy <= ry; dy++) {
                            for (int dx = -rx; dx <= rx; dx++) {
                                int zz = z + dz;
                                int yy = y + dy;
                                int xx = x + dx;
                                boolean v = zz >= 0 && zz < d.nz() && yy >= 0 && yy < d.ny() && xx >= 0 && xx < d.nx()
                                        && m[d.index(zz, yy, xx)];
                                all &= v;
                                any |= v;
                            }
                        }
                    }
                    out[d.index(z, y, x)] = erode ? all : any;
                }
            }
        }
        return out;
    }
}
