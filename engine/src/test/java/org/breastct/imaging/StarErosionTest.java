package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class StarErosionTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    /**
     * A full 3 x 5 x 5 block, k = 3: the 3-D erosion keeps only the centre 3 x 3 of slice 1 (slices 0 and
     * 2 touch the array border in z); slices 0 and 1 are then the 2-D erosion (the centre 3 x 3), slice 2
     * stays empty.
     */
    @Test
    void fullBlockKeepsTheInnerSquareOnTheFirstTwoSlicesOnly() {
        Dims d = new Dims(3, 5, 5);
        boolean[] m = new boolean[d.size()];
        java.util.Arrays.fill(m, true);
        String[] centre = {".....", ".###.", ".###.", ".###.", "....."};
        String[] empty = {".....", ".....", ".....", ".....", "....."};
        boolean[] want = PrimitivesTestSupport.mask(String.join("", centre), String.join("", centre),
                String.join("", empty));
        assertArrayEquals(want, StarErosion.erode(m, d, 3, SEQ));
    }

    /** Naive box erosion, outside = background: all voxels of the k-cube (kz = 1: square) set. */
    private static boolean[] naiveErode(boolean[] m, Dims d, int kz, int k) {
        boolean[] r = new boolean[m.length];
        for (int z = 0; z < d.nz(); z++) {
            for (int y = 0; y < d.ny(); y++) {
                for (int x = 0; x < d.nx(); x++) {
                    boolean all = true;
                    for (int dz = -kz / 2; dz <= kz / 2 && all; dz++) {
                        for (int dy = -k / 2; dy <= k / 2 && all; dy++) {
                            for (int dx = -k / 2; dx <= k / 2 && all; dx++) {
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
    void is3dErosionWithSlices0And1Eroded2d() {
        Random rnd = new Random(7);
        for (Dims d : new Dims[] {new Dims(7, 12, 13), new Dims(2, 9, 9), new Dims(1, 9, 8)}) {
            for (int trial = 0; trial < 5; trial++) {
                boolean[] m = PrimitivesTestSupport.random(rnd, d.size(), 7 / 8.0);
                boolean[] want = naiveErode(m, d, 5, 5);
                boolean[] flat = naiveErode(m, d, 1, 5);
                System.arraycopy(flat, 0, want, 0, Math.min(2, d.nz()) * d.sliceSize());
                assertArrayEquals(want, StarErosion.erode(m, d, 5, SEQ), d.toString());
            }
        }
    }
}
