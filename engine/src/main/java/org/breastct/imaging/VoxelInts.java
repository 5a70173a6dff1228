package org.breastct.imaging;

import java.util.Arrays;

/**
 * Voxel values read and written as ints, stored in an {@code int[]} (any int) or a {@code short[]}
 * (values -32768..32767, two bytes per voxel instead of four): the squared EDT of
 * {@link EdtWatershed} when its cap allows shorts, and the state and labels of the flood laid over
 * it ({@link BrickedFlood}, {@link Watershed}). One implementation of those loops serves both types.
 * As with {@link FloodMarkers}, only two implementations exist, so every call site stays at most
 * bimorphic and the JIT inlines the access. {@link Shorts#set} stores the low 16 bits: callers
 * store only values in range. The bulk methods ({@link #negate}, {@link #copyNonNegativeTo}, ...)
 * serve loops over every voxel: one dispatch per range instead of one per voxel. Their bodies are
 * written once per subclass, the same loop on an {@code int[]} and on a {@code short[]}: Java has no
 * generics over primitive arrays, and a plain loop on the concrete array is what the JIT compiles
 * well (a loop through {@link #get}/{@link #set} at bimorphic call sites measured slower).
 */
abstract sealed class VoxelInts permits VoxelInts.Ints, VoxelInts.Shorts {

    /** The value at index i. */
    abstract int get(int i);

    /** Sets index i to v (a {@link Shorts} keeps the low 16 bits of v). */
    abstract void set(int i, int v);

    /** The number of entries. */
    abstract int length();

    /** True if every value in {@code min..max} can be stored. */
    abstract boolean holds(long min, long max);

    /** A new zeroed array of the same type with {@code length} entries. */
    abstract VoxelInts newOfSameType(int length);

    /** Copies entries {@code [from, from + count)} to {@code dst} (of the same type) at {@code dstFrom}. */
    abstract void copyTo(int from, VoxelInts dst, int dstFrom, int count);

    /** Sets entries {@code [from, to)} to v. */
    abstract void fill(int from, int to, int v);

    /** Sets entries {@code [from, from + count)} to {@code src[srcFrom..]} (values that fit this type). */
    abstract void setAll(int from, int[] src, int srcFrom, int count);

    /** Negates entries {@code [from, to)} (bulk: one dispatch for the range, a plain loop inside). */
    abstract void negate(int from, int to);

    /** {@code out[i] = (value i == v)} for i in {@code [from, to)} (bulk, as {@link #negate}). */
    abstract void equalTo(int v, int from, int to, boolean[] out);

    /** {@code out[i] = (value i > v)} for i in {@code [from, to)} (bulk, as {@link #negate}). */
    abstract void greaterThan(long v, int from, int to, boolean[] out);

    /**
     * Copies {@code max(value, 0)} of entries {@code [from, from + count)} to {@code dst} (either type;
     * the values must fit it) at {@code dstFrom}: one dispatch per call, a plain loop inside when both
     * are of the same type.
     */
    abstract void copyNonNegativeTo(int from, VoxelInts dst, int dstFrom, int count);

    static Ints of(int[] a) {
        return new Ints(a);
    }

    static Shorts of(short[] a) {
        return new Shorts(a);
    }

    /** {@code int[]} values. */
    static final class Ints extends VoxelInts {
        final int[] a;

        Ints(int[] a) {
            this.a = a;
        }

        @Override
        int get(int i) {
            return a[i];
        }

        @Override
        void set(int i, int v) {
            a[i] = v;
        }

        @Override
        int length() {
            return a.length;
        }

        @Override
        boolean holds(long min, long max) {
            return min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE;
        }

        @Override
        VoxelInts newOfSameType(int length) {
            return new Ints(new int[length]);
        }

        @Override
        void copyTo(int from, VoxelInts dst, int dstFrom, int count) {
            System.arraycopy(a, from, ((Ints) dst).a, dstFrom, count);
        }

        @Override
        void fill(int from, int to, int v) {
            Arrays.fill(a, from, to, v);
        }

        @Override
        void setAll(int from, int[] src, int srcFrom, int count) {
            System.arraycopy(src, srcFrom, a, from, count);
        }

        @Override
        void negate(int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] = -a[i];
            }
        }

        @Override
        void equalTo(int v, int from, int to, boolean[] out) {
            for (int i = from; i < to; i++) {
                out[i] = a[i] == v;
            }
        }

        @Override
        void greaterThan(long v, int from, int to, boolean[] out) {
            for (int i = from; i < to; i++) {
                out[i] = a[i] > v;
            }
        }

        @Override
        void copyNonNegativeTo(int from, VoxelInts dst, int dstFrom, int count) {
            if (dst instanceof Ints d) {
                for (int k = 0; k < count; k++) {
                    d.a[dstFrom + k] = Math.max(a[from + k], 0);
                }
            } else {
                for (int k = 0; k < count; k++) {
                    dst.set(dstFrom + k, Math.max(a[from + k], 0));
                }
            }
        }
    }

    /** {@code short[]} values (-32768..32767). */
    static final class Shorts extends VoxelInts {
        final short[] a;

        Shorts(short[] a) {
            this.a = a;
        }

        @Override
        int get(int i) {
            return a[i];
        }

        @Override
        void set(int i, int v) {
            a[i] = (short) v;
        }

        @Override
        int length() {
            return a.length;
        }

        @Override
        boolean holds(long min, long max) {
            return min >= Short.MIN_VALUE && max <= Short.MAX_VALUE;
        }

        @Override
        VoxelInts newOfSameType(int length) {
            return new Shorts(new short[length]);
        }

        @Override
        void copyTo(int from, VoxelInts dst, int dstFrom, int count) {
            System.arraycopy(a, from, ((Shorts) dst).a, dstFrom, count);
        }

        @Override
        void fill(int from, int to, int v) {
            Arrays.fill(a, from, to, (short) v);
        }

        @Override
        void setAll(int from, int[] src, int srcFrom, int count) {
            for (int k = 0; k < count; k++) {
                a[from + k] = (short) src[srcFrom + k];
            }
        }

        @Override
        void negate(int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] = (short) -a[i];
            }
        }

        @Override
        void equalTo(int v, int from, int to, boolean[] out) {
            for (int i = from; i < to; i++) {
                out[i] = a[i] == v;
            }
        }

        @Override
        void greaterThan(long v, int from, int to, boolean[] out) {
            for (int i = from; i < to; i++) {
                out[i] = a[i] > v;
            }
        }

        @Override
        void copyNonNegativeTo(int from, VoxelInts dst, int dstFrom, int count) {
            if (dst instanceof Shorts d) {
                for (int k = 0; k < count; k++) {
                    d.a[dstFrom + k] = (short) Math.max(a[from + k], 0);
                }
            } else {
                for (int k = 0; k < count; k++) {
                    dst.set(dstFrom + k, Math.max(a[from + k], 0));
                }
            }
        }
    }
}
