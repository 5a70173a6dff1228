package org.breastct.segmentation;

import org.breastct.volume.Dims;

/** Small helpers of the method's arithmetic shared by the stages. */
final class MethodOps {

    private MethodOps() {
    }

    /** Slice {@code z} of an int16 volume, as a new array. */
    static short[] slice(short[] image, Dims dims, int z) {
        int s = dims.sliceSize();
        return java.util.Arrays.copyOfRange(image, z * s, z * s + s);
    }

    /** Python's int() of a double: truncation toward zero. */
    static int truncate(double v) {
        return (int) v;
    }
}
