package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;

import org.breastct.imaging.ContourBand;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class MethodOpsTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    /** Random blobs: a few random boxes per slice, some slices empty. */
    private static boolean[] blobs(Random rnd, Dims d) {
        boolean[] m = new boolean[d.size()];
        for (int z = 0; z < d.nz(); z++) {
            if (rnd.nextInt(4) == 0) {
                continue;
            }
            for (int b = 0; b < 3; b++) {
                int y0 = rnd.nextInt(d.ny());
                int x0 = rnd.nextInt(d.nx());
                int y1 = Math.min(d.ny(), y0 + 1 + rnd.nextInt(d.ny()));
                int x1 = Math.min(d.nx(), x0 + 1 + rnd.nextInt(d.nx()));
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        m[d.index(z, y, x)] = rnd.nextInt(10) != 0; // some holes
                    }
                }
            }
        }
        return m;
    }

    /** Naive box erosion, outside = background: all voxels of the k-cube (kz = 1: square) set. */
    private static boolean[] naiveErode(boolean[] m, Dims d, int kz, int k) {
        boolean[] r = new boolean[m.length];
        int rz = kz / 2;
        int r2 = k / 2;
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < d.ny(); y++) {
                for (int x = 0; x < d.nx(); x++) {
                    boolean all = true;
                    for (int dz = -rz; dz <= rz && all; dz++) {
                        for (int dy = -r2; dy <= r2 && all; dy++) {
                            for (int dx = -r2; dx <= r2 && all; dx++) {
                                int zz = z + dz;
                                int yy = y + dy;
                                int xx = x + dx;
                                all = zz >= 0 && yy >= 0 && xx >= 0 && zz < d.nz() && yy < d.ny() && xx < d.nx()
                                        && m[d.index(zz, yy, xx)];
                            }
                        }
                    }
                    r[d.index(z, y, x)] = all;
                }
            }
        }
        return r;
    }

    @Test
    void erode3StarIs3dErosionWithSlices0And1Eroded2d() {
        Random rnd = new Random(7);
        for (Dims d : new Dims[] {new Dims(7, 12, 13), new Dims(2, 9, 9), new Dims(1, 9, 8)}) {
            for (int trial = 0; trial < 5; trial++) {
                boolean[] m = new boolean[d.size()];
                for (int i = 0; i < m.length; i++) {
                    m[i] = rnd.nextInt(8) != 0;
                }
                boolean[] want = naiveErode(m, d, 5, 5);
                boolean[] flat = naiveErode(m, d, 1, 5);
                System.arraycopy(flat, 0, want, 0, Math.min(2, d.nz()) * d.sliceSize());
                assertArrayEquals(want, MethodOps.erode3Star(m, d, 5, SEQ), d.toString());
            }
        }
    }

    @Test
    void bandInBoxesEqualsTheWholeSliceBand() {
        Random rnd = new Random(11);
        Dims d = new Dims(6, 30, 40);
        try (TaskExecutor par = TaskExecutor.withThreads(2)) {
            for (int trial = 0; trial < 10; trial++) {
                boolean[] m = blobs(rnd, d);
                int[][] boxes = MethodOps.sliceBoxes(m, d, par);
                for (int n : new int[] {1, 3, 9}) {
                    assertArrayEquals(ContourBand.band(m, d, n, SEQ), MethodOps.bandInBoxes(m, d, boxes, n, par),
                            "n = " + n + ", trial " + trial);
                }
            }
        }
    }

    @Test
    void sliceBoxesAreInclusiveAndNullWhenEmpty() {
        Dims d = new Dims(2, 4, 5);
        boolean[] m = new boolean[d.size()];
        m[d.index(1, 1, 3)] = true;
        m[d.index(1, 2, 1)] = true;
        int[][] boxes = MethodOps.sliceBoxes(m, d, SEQ);
        assertNull(boxes[0]);
        assertArrayEquals(new int[] {1, 2, 1, 3}, boxes[1]);
        assertArrayEquals(new boolean[] {false, false, true, true, false, false}, MethodOps.crop(m, d, 1, boxes[1]));
    }

    @Test
    void fill2ClipsItsSliceRange() {
        Dims d = new Dims(2, 3, 3);
        boolean[] ring = {true, true, true, true, false, true, true, true, true};
        boolean[] m = new boolean[d.size()];
        System.arraycopy(ring, 0, m, 0, 9);
        System.arraycopy(ring, 0, m, 9, 9);
        MethodOps.fill2(m, d, 1, 99, SEQ);
        assertEquals(false, m[4], "slice 0 not in range");
        assertEquals(true, m[13], "slice 1 filled");
        MethodOps.fill2(m, d, -3, 1, SEQ);
        assertEquals(true, m[4]);
    }
}
