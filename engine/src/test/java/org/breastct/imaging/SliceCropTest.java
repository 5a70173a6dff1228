package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class SliceCropTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    @Test
    void boxIsInclusiveAndNullForAnEmptySlice() {
        Dims d = new Dims(2, 4, 5);
        boolean[] m = PrimitivesTestSupport.mask(
                ".....", ".....", ".....", ".....",
                ".....", "...#.", ".#...", ".....");
        assertNull(SliceCrop.of(m, d, 0));
        SliceCrop c = SliceCrop.of(m, d, 1);
        assertEquals(Dims.slice(2, 3), c.dims()); // rows 1-2, columns 1-3
        assertArrayEquals(PrimitivesTestSupport.mask("..#", "#.."), c.crop(m));
        boolean[] slice1 = java.util.Arrays.copyOfRange(m, 20, 40);
        assertArrayEquals(PrimitivesTestSupport.mask("..#", "#.."), c.cropSlice(slice1),
                "the same box of an array holding slice 1 only");
        boolean[] other = new boolean[d.size()];
        java.util.Arrays.fill(other, true);
        c.replaceSlice(PrimitivesTestSupport.mask("#..", "..#"), other);
        assertArrayEquals(PrimitivesTestSupport.mask(
                "#####", "#####", "#####", "#####",
                ".....", ".#...", "...#.", "....."), other, "slice 0 untouched, slice 1 = box content only");
        assertThrows(IllegalArgumentException.class, () -> SliceCrop.of(m, d, 2));
        assertThrows(IllegalArgumentException.class, () -> c.replaceSlice(new boolean[5], other));
    }

    /** The per-slice band computed on each slice's box equals the band of the whole slice (SliceCrop's claim). */
    @Test
    void bandOnTheBoxEqualsTheBandOfTheSlice() {
        Random rnd = new Random(11);
        Dims d = new Dims(6, 30, 40);
        for (int trial = 0; trial < 10; trial++) {
            boolean[] m = new boolean[d.size()];
            for (int z = 1; z < d.nz(); z++) {
                int y0 = rnd.nextInt(d.ny() / 2);
                int x0 = rnd.nextInt(d.nx() / 2);
                for (int y = y0; y < y0 + 3 + rnd.nextInt(d.ny() / 2); y++) {
                    for (int x = x0; x < x0 + 3 + rnd.nextInt(d.nx() / 2); x++) {
                        m[d.index(z, y, x)] = rnd.nextInt(10) != 0;
                    }
                }
            }
            for (int n : new int[] {1, 3, 9}) {
                boolean[] onBoxes = new boolean[d.size()];
                for (int z = 0; z < d.nz(); z++) {
                    SliceCrop c = SliceCrop.of(m, d, z);
                    if (c != null) {
                        c.replaceSlice(ContourBand.band(c.crop(m), c.dims(), n, SEQ), onBoxes);
                    }
                }
                assertArrayEquals(ContourBand.band(m, d, n, SEQ), onBoxes, "n = " + n + ", trial " + trial);
            }
        }
    }
}
