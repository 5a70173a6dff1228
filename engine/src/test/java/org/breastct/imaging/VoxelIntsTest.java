package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoxelIntsTest {

    @Test
    void intsAndShortsReadAndWriteTheSameValuesInTheirRange() {
        int[] ints = new int[6];
        short[] shorts = new short[6];
        for (VoxelInts v : new VoxelInts[] {VoxelInts.of(ints), VoxelInts.of(shorts)}) {
            assertEquals(6, v.length());
            v.set(0, -32768);
            v.set(1, 32767);
            v.set(2, -1);
            v.fill(3, 5, 256);
            assertEquals(-32768, v.get(0));
            assertEquals(32767, v.get(1));
            assertEquals(-1, v.get(2));
            assertEquals(256, v.get(3));
            assertEquals(256, v.get(4));
            assertEquals(0, v.get(5));
            VoxelInts copy = v.newOfSameType(4);
            assertEquals(v.getClass(), copy.getClass());
            v.copyTo(1, copy, 2, 2);
            assertEquals(0, copy.get(0));
            assertEquals(0, copy.get(1));
            assertEquals(32767, copy.get(2));
            assertEquals(-1, copy.get(3));
        }
        assertArrayEquals(new int[] {-32768, 32767, -1, 256, 256, 0}, ints);
        assertArrayEquals(new short[] {-32768, 32767, -1, 256, 256, 0}, shorts);
        // a short keeps the low 16 bits: 32768 reads back as -32768
        VoxelInts.of(shorts).set(0, 32768);
        assertEquals(-32768, VoxelInts.of(shorts).get(0));
    }

    @Test
    void holdsTellsWhetherARangeFitsTheType() {
        VoxelInts shorts = VoxelInts.of(new short[0]);
        VoxelInts ints = VoxelInts.of(new int[0]);
        assertTrue(shorts.holds(-32768, 32767));
        assertFalse(shorts.holds(-32769, 0));
        assertFalse(shorts.holds(0, 32768));
        assertTrue(ints.holds(-32769, 32768));
        assertTrue(ints.holds(Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertFalse(ints.holds(-(1L << 31) - 1, 0));
        assertFalse(ints.holds(0, 1L << 31));
    }

    @Test
    void bulkOperationsOnBothTypes() {
        for (VoxelInts v : new VoxelInts[] {VoxelInts.of(new int[5]), VoxelInts.of(new short[5])}) {
            int[] values = {3, -2, 0, 7, 3};
            for (int i = 0; i < 5; i++) {
                v.set(i, values[i]);
            }
            v.setAll(1, new int[] {9, 4, -5, 6}, 1, 3); // entries 1..3 from the int array's 1..3
            assertArrayEquals(new int[] {3, 4, -5, 6, 3}, read(v));
            for (int i = 0; i < 5; i++) {
                v.set(i, values[i]);
            }
            v.negate(1, 4); // 3 2 0 -7 3
            assertArrayEquals(new int[] {3, 2, 0, -7, 3}, read(v));
            boolean[] out = {true, true, true, true, true};
            v.equalTo(3, 0, 4, out); // entry 4 untouched
            assertArrayEquals(new boolean[] {true, false, false, false, true}, out);
            boolean[] above = {true, true, true, true, true};
            v.greaterThan(2, 1, 5, above); // entry 0 untouched; 2 is not above 2, nor 0 or -7
            assertArrayEquals(new boolean[] {true, false, false, false, true}, above);
            v.greaterThan(-8, 0, 5, above); // every value is above -8 (a long bound below the range)
            assertArrayEquals(new boolean[] {true, true, true, true, true}, above);
            v.greaterThan(1L << 40, 0, 5, above); // none is above a bound beyond int
            assertArrayEquals(new boolean[] {false, false, false, false, false}, above);
            // max(value, 0) into either type, at an offset
            for (VoxelInts dst : new VoxelInts[] {VoxelInts.of(new int[6]), VoxelInts.of(new short[6])}) {
                dst.fill(0, 6, 9);
                v.copyNonNegativeTo(1, dst, 2, 3); // 2 0 -7 -> 2 0 0
                assertArrayEquals(new int[] {9, 9, 2, 0, 0, 9}, read(dst), v.getClass() + " -> " + dst.getClass());
            }
        }
    }

    private static int[] read(VoxelInts v) {
        int[] a = new int[v.length()];
        for (int i = 0; i < a.length; i++) {
            a[i] = v.get(i);
        }
        return a;
    }
}
