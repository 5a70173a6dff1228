package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class MaskOpsTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    private static boolean[] bits(String s) {
        return PrimitivesTestSupport.bits(s);
    }

    @Test
    void logicalOperationsOnAHandCheckedPair() {
        boolean[] a = bits("0011");
        boolean[] b = bits("0101");
        assertArrayEquals(bits("0001"), MaskOps.and(a, b, SEQ));
        assertArrayEquals(bits("0111"), MaskOps.or(a, b, SEQ));
        assertArrayEquals(bits("0010"), MaskOps.andNot(a, b, SEQ));
        assertArrayEquals(bits("1100"), MaskOps.not(a, SEQ));
        assertArrayEquals(bits("0011"), a, "inputs untouched");
        assertArrayEquals(bits("0101"), b, "inputs untouched");
    }

    @Test
    void inPlaceOperationsOverwriteAndReturnTheFirstArgument() {
        boolean[] a = bits("0011");
        assertSame(a, MaskOps.andInPlace(a, bits("0101"), SEQ));
        assertArrayEquals(bits("0001"), a);
        a = bits("0011");
        assertSame(a, MaskOps.orInPlace(a, bits("0101"), SEQ));
        assertArrayEquals(bits("0111"), a);
        a = bits("0011");
        assertSame(a, MaskOps.andNotInPlace(a, bits("0101"), SEQ));
        assertArrayEquals(bits("0010"), a);
    }

    @Test
    void greaterThanIsStrict() {
        short[] img = {-501, -500, -499, 130, 131};
        assertArrayEquals(bits("00111"), MaskOps.greaterThan(img, -500, SEQ));
        assertArrayEquals(bits("00001"), MaskOps.greaterThan(img, 130, SEQ));
    }

    @Test
    void countsAndSlicesOfA3x2x2Volume() {
        Dims d = new Dims(3, 2, 2);
        // slice 0: 1 pixel, slice 1: empty, slice 2: 3 pixels
        boolean[] m = bits("0100" + "0000" + "1011");
        assertEquals(4, MaskOps.count(m));
        assertTrue(MaskOps.any(m));
        assertFalse(MaskOps.any(new boolean[5]));
        assertArrayEquals(new int[] {1, 0, 3}, MaskOps.countPerSlice(m, d, SEQ));
        assertArrayEquals(new boolean[] {true, false, true}, MaskOps.anyPerSlice(m, d, SEQ));
        assertEquals(2, MaskOps.slicesContaining(m, d, SEQ), "counts slices, not the last index + 1");
        assertEquals(3, MaskOps.countSlice(m, d, 2));
        assertTrue(MaskOps.anyInSlice(m, d, 0));
        assertFalse(MaskOps.anyInSlice(m, d, 1));
        assertEquals(2, MaskOps.lastSliceContaining(m, d, 0, 3));
        assertEquals(0, MaskOps.lastSliceContaining(m, d, 0, 2));
        assertEquals(-1, MaskOps.lastSliceContaining(m, d, 1, 2));
        assertEquals(2, MaskOps.lastSliceContaining(m, d, -5, 99), "range clipped to the volume");
    }

    @Test
    void sliceCopyAndSet() {
        Dims d = new Dims(3, 2, 2);
        boolean[] m = bits("0100" + "0000" + "1011");
        assertArrayEquals(bits("1011"), MaskOps.copySlice(m, d, 2));
        MaskOps.setSlice(m, d, 1, bits("1110"));
        assertArrayEquals(bits("0100" + "1110" + "1011"), m);
        assertArrayEquals(bits("0100" + "1110"), MaskOps.firstSlices(m, d, 2));
        assertEquals(0, MaskOps.firstSlices(m, d, 0).length);
    }

    @Test
    void errorsNameTheSizes() {
        Dims d = new Dims(3, 2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaskOps.and(new boolean[3], new boolean[4], SEQ));
        assertTrue(e.getMessage().contains("3") && e.getMessage().contains("4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MaskOps.copySlice(new boolean[12], d, 3));
        assertTrue(e.getMessage().contains("slice 3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MaskOps.countPerSlice(new boolean[11], d, SEQ));
        assertTrue(e.getMessage().contains("11") && e.getMessage().contains("3x2x2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MaskOps.setSlice(new boolean[12], d, 0, new boolean[3]));
        assertThrows(IllegalArgumentException.class, () -> MaskOps.firstSlices(new boolean[12], d, 4));
    }

    @Test
    void parallelResultsEqualABruteForceLoop() {
        Random rnd = new Random(20261125L);
        Dims d = new Dims(7, 13, 11);
        try (TaskExecutor par = TaskExecutor.withThreads(3)) {
            for (int trial = 0; trial < 20; trial++) {
                boolean[] a = new boolean[d.size()];
                boolean[] b = new boolean[d.size()];
                short[] img = new short[d.size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = rnd.nextDouble() < 0.3;
                    b[i] = rnd.nextDouble() < 0.5;
                    img[i] = (short) (rnd.nextInt(400) - 200);
                }
                if (trial % 4 == 0) { // some empty slices
                    java.util.Arrays.fill(a, 2 * d.sliceSize(), 4 * d.sliceSize(), false);
                }
                boolean[] and = new boolean[a.length];
                boolean[] or = new boolean[a.length];
                boolean[] andNot = new boolean[a.length];
                boolean[] gt = new boolean[a.length];
                int[] perSlice = new int[d.nz()];
                long count = 0;
                for (int i = 0; i < a.length; i++) {
                    and[i] = a[i] && b[i];
                    or[i] = a[i] || b[i];
                    andNot[i] = a[i] && !b[i];
                    gt[i] = img[i] > 17;
                    if (a[i]) {
                        count++;
                        perSlice[i / d.sliceSize()]++;
                    }
                }
                int containing = 0;
                int last = -1;
                for (int z = 0; z < d.nz(); z++) {
                    if (perSlice[z] > 0) {
                        containing++;
                        last = z;
                    }
                }
                for (TaskExecutor ex : new TaskExecutor[] {SEQ, par}) {
                    assertArrayEquals(and, MaskOps.and(a, b, ex));
                    assertArrayEquals(or, MaskOps.or(a, b, ex));
                    assertArrayEquals(andNot, MaskOps.andNot(a, b, ex));
                    assertArrayEquals(gt, MaskOps.greaterThan(img, 17, ex));
                    assertArrayEquals(perSlice, MaskOps.countPerSlice(a, d, ex));
                    assertEquals(containing, MaskOps.slicesContaining(a, d, ex));
                    boolean[] c = a.clone();
                    MaskOps.orInPlace(c, b, ex);
                    assertArrayEquals(or, c);
                }
                assertEquals(count, MaskOps.count(a));
                assertEquals(last, MaskOps.lastSliceContaining(a, d, 0, d.nz()));
            }
        }
    }

    @Test
    void sliceBoxesOfTheTrueAndOfTheFalsePixels() {
        // slice 0: one true pixel at (1, 2); slice 1: all true; 3 x 4 slices
        boolean[] m = new boolean[2 * 12];
        m[1 * 4 + 2] = true;
        java.util.Arrays.fill(m, 12, 24, true);
        Dims d = new Dims(2, 3, 4);
        int[][] t = MaskOps.sliceBoxes(m, d, true, TaskExecutor.sequential());
        assertArrayEquals(new int[] {1, 1, 2, 2}, t[0]);
        assertArrayEquals(new int[] {0, 2, 0, 3}, t[1]);
        int[][] f = MaskOps.sliceBoxes(m, d, false, TaskExecutor.sequential());
        assertArrayEquals(new int[] {0, 2, 0, 3}, f[0]);
        assertEquals(null, f[1]);
    }

    @Test
    void combinationsWithImagesAndSliceRanges() {
        assertArrayEquals(bits("1101"), MaskOps.orNotInPlace(bits("0101"), bits("0010"), SEQ));
        short[] img = {-200, -100, 0, 50};
        assertArrayEquals(bits("0010"), MaskOps.greaterThanWithin(img, -100, bits("1110"), SEQ), "strict, within");
        assertArrayEquals(bits("0011"), MaskOps.andGreaterThanInPlace(bits("1111"), img, -100, SEQ));
        assertArrayEquals(bits("0100"), MaskOps.greaterThanWithin(new float[] {0.5f, 1.5f, 2f, 3f}, 1f,
                bits("1100"), SEQ));
        assertArrayEquals(bits("0011"), MaskOps.greaterThan(new int[] {0, 4, 5, 9}, 4L));
        Dims d = new Dims(3, 1, 2);
        assertArrayEquals(bits("110011"), MaskOps.andSlicesInPlace(bits("111111"), bits("000001"), d, 1, 2, SEQ),
                "slice 1 only: slices 0 and 2 untouched");
        assertArrayEquals(bits("110000"), MaskOps.andSlicesInPlace(bits("111111"), bits("000000"), d, 1, 99, SEQ),
                "clipped to the volume");
    }

    /** Thresholds -51, -56, -61: voxels at or above each, inside the mask (one pass). */
    @Test
    void countAtLeastEachDescendingThreshold() {
        short[] img = {-51, -52, -56, -57, -61, -62, 100, -1024};
        boolean[] within = bits("11111101");
        assertArrayEquals(new long[] {1, 3, 5}, MaskOps.countAtLeastEach(img, within, -51, 5, 2, SEQ));
        assertThrows(IllegalArgumentException.class, () -> MaskOps.countAtLeastEach(img, within, -51, 0, 2, SEQ));
    }
}
