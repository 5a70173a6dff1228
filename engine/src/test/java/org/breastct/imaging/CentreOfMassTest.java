package org.breastct.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

class CentreOfMassTest {

    @Test
    void meanIsTruncatedNotRounded() {
        Dims d = new Dims(2, 3, 4);
        boolean[] m = new boolean[24];
        // slice 0: (0,0), (0,1), (1,1) -> mean (1/3, 2/3) -> (0, 0)
        m[d.index(0, 0, 0)] = true;
        m[d.index(0, 0, 1)] = true;
        m[d.index(0, 1, 1)] = true;
        // slice 1: (1,2), (2,3) -> mean (1.5, 2.5) -> (1, 2)
        m[d.index(1, 1, 2)] = true;
        m[d.index(1, 2, 3)] = true;
        assertArrayEquals(new int[] {0, 0}, CentreOfMass.ofSlice(m, d, 0));
        assertArrayEquals(new int[] {1, 2}, CentreOfMass.ofSlice(m, d, 1));
        // all five: z = 2/5 -> 0, y = 4/5 -> 0, x = 7/5 -> 1
        assertArrayEquals(new int[] {0, 0, 1}, CentreOfMass.ofVolume(m, d));
    }

    @Test
    void emptyGivesNullAndBadSliceIsRejected() {
        Dims d = new Dims(2, 2, 2);
        assertNull(CentreOfMass.ofSlice(new boolean[8], d, 1));
        assertNull(CentreOfMass.ofVolume(new boolean[8], d));
        assertThrows(IllegalArgumentException.class, () -> CentreOfMass.ofSlice(new boolean[8], d, 2));
    }
}
