package org.breastct.imaging;

/**
 * Read access to the markers of a flood ({@link BrickedFlood}), stored as an {@code int[]} (any label)
 * or a {@code byte[]} (labels 0..255, read unsigned, so never negative): the bricked flood has one
 * loop body for both. Only two implementations exist, so every call site stays at most bimorphic
 * and the JIT inlines the read.
 */
abstract sealed class FloodMarkers permits FloodMarkers.Ints, FloodMarkers.Bytes {

    /** The marker of C-order voxel i (0 = none). */
    abstract int at(int i);

    /** The number of entries. */
    abstract int length();

    static FloodMarkers of(int[] markers) {
        return new Ints(markers);
    }

    static FloodMarkers of(byte[] markers) {
        return new Bytes(markers);
    }

    /** {@code int[]} markers. */
    static final class Ints extends FloodMarkers {
        private final int[] a;

        Ints(int[] a) {
            this.a = a;
        }

        @Override
        int at(int i) {
            return a[i];
        }

        @Override
        int length() {
            return a.length;
        }
    }

    /** {@code byte[]} markers, unsigned (0..255). */
    static final class Bytes extends FloodMarkers {
        private final byte[] a;

        Bytes(byte[] a) {
            this.a = a;
        }

        @Override
        int at(int i) {
            return a[i] & 0xff;
        }

        @Override
        int length() {
            return a.length;
        }
    }
}
