package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.breastct.parallel.TaskExecutor;
import org.junit.jupiter.api.Test;

class LabelOpsTest {

    private static final TaskExecutor SEQ = TaskExecutor.sequential();

    private static boolean[] bits(String s) {
        return PrimitivesTestSupport.bits(s);
    }

    @Test
    void writeReplaceAndCountOnHandCheckedArrays() {
        byte[] l = {0, 1, 1, 3, 1, (byte) 200};
        assertArrayEquals(bits("011010"), LabelOps.equalTo(l, 1, SEQ));
        assertArrayEquals(bits("000001"), LabelOps.equalTo(l, 200, SEQ), "codes are read unsigned");
        assertEquals(2, LabelOps.replace(l, bits("111100"), 1, 4, SEQ));
        assertArrayEquals(new byte[] {0, 4, 4, 3, 1, (byte) 200}, l, "only voxels labelled 1 in the mask change");
        assertEquals(1, LabelOps.writeCounting(l, bits("000110"), 7, 1, SEQ), "one of the two written was 1");
        assertArrayEquals(new byte[] {0, 4, 4, 7, 7, (byte) 200}, l);
        assertEquals(3, LabelOps.write(l, bits("100011"), 2, SEQ));
        assertArrayEquals(new byte[] {2, 4, 4, 7, 2, 2}, l);
        assertArrayEquals(bits("011100"), LabelOps.andEqualToEitherInPlace(bits("111110"), l, 4, 7, SEQ));
        assertArrayEquals(bits("010000"), LabelOps.andEqualTo(bits("010101"), l, 4, SEQ));
        assertThrows(IllegalArgumentException.class, () -> LabelOps.write(l, new boolean[2], 1, SEQ));
        assertThrows(IllegalArgumentException.class, () -> LabelOps.equalTo(l, 256, SEQ));
    }

    @Test
    void clearWhereStartsAtTheGivenIndex() {
        byte[] l = {3, 3, 1, 3, 3};
        assertArrayEquals(bits("11100"), LabelOps.clearWhere(bits("11111"), l, 3, 2, SEQ));
    }

    @Test
    void sumWhereIsExact() {
        byte[] l = {1, 1, 0, 1};
        short[] img = {-1024, 32767, 5, 32767};
        LabelOps.Sum s = LabelOps.sumWhere(l, 1, img, SEQ);
        assertEquals(3, s.count());
        assertEquals(-1024L + 32767 + 32767, s.sum());
    }
}
