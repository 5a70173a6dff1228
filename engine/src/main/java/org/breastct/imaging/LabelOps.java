package org.breastct.imaging;

import java.util.concurrent.atomic.AtomicLong;

import org.breastct.parallel.TaskExecutor;

/**
 * Whole-volume operations on a label volume: flat {@code byte[]} codes (read unsigned, 0..255) in C
 * order, as the segmentation writes them. The codes are parameters; nothing here knows what they mean.
 *
 * <p>Contract shared by all methods: operands have the same length (otherwise an
 * {@link IllegalArgumentException} names both); the label array is modified only by the methods that
 * say so; element-wise work runs in parallel chunks that write disjoint ranges, so results and counts
 * do not depend on the number of threads. O(n). The numpy expression each method reproduces is given.
 */
public final class LabelOps {

    private LabelOps() {
    }

    /** {@code labels == code} as a new mask. */
    public static boolean[] equalTo(byte[] labels, int code, TaskExecutor executor) {
        byte b = code(code);
        boolean[] r = new boolean[labels.length];
        executor.forRange(labels.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = labels[i] == b;
            }
        });
        return r;
    }

    /** {@code labels[where] = code}; returns the number of voxels written. */
    public static long write(byte[] labels, boolean[] where, int code, TaskExecutor executor) {
        return assign(labels, where, ANY, code(code), ANY, executor);
    }

    /**
     * {@code labels[where & (labels == from)] = to}: only voxels still labelled {@code from} change;
     * returns the number changed.
     */
    public static long replace(byte[] labels, boolean[] where, int from, int to, TaskExecutor executor) {
        return assign(labels, where, code(from), code(to), code(from), executor);
    }

    /**
     * {@code labels[where] = code}, returning how many of the written voxels were labelled
     * {@code counted} before (e.g. how many fat voxels a region took over).
     */
    public static long writeCounting(byte[] labels, boolean[] where, int code, int counted, TaskExecutor executor) {
        return assign(labels, where, ANY, code(code), code(counted), executor);
    }

    /** "Any label" for {@link #assign}. */
    private static final int ANY = -1;

    /**
     * {@code labels[i] = to} where {@code where[i]} and (from is ANY or the label is from); returns how many
     * of those were labelled {@code counted} (ANY: all of them).
     */
    private static long assign(byte[] labels, boolean[] where, int from, byte to, int counted,
            TaskExecutor executor) {
        sameLength(labels, where);
        AtomicLong n = new AtomicLong();
        executor.forRange(where.length, (lo, hi) -> {
            long c = 0;
            for (int i = lo; i < hi; i++) {
                if (where[i] && (from == ANY || labels[i] == (byte) from)) {
                    c += counted == ANY || labels[i] == (byte) counted ? 1 : 0;
                    labels[i] = to;
                }
            }
            n.addAndGet(c);
        });
        return n.get();
    }

    /** {@code mask & (labels == code)} as a new mask. */
    public static boolean[] andEqualTo(boolean[] mask, byte[] labels, int code, TaskExecutor executor) {
        sameLength(labels, mask);
        byte b = code(code);
        boolean[] r = new boolean[mask.length];
        executor.forRange(mask.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = mask[i] && labels[i] == b;
            }
        });
        return r;
    }

    /** {@code mask &= (labels == a) | (labels == b)}, in place; returns {@code mask}. */
    public static boolean[] andEqualToEitherInPlace(boolean[] mask, byte[] labels, int a, int b,
            TaskExecutor executor) {
        sameLength(labels, mask);
        byte ca = code(a);
        byte cb = code(b);
        executor.forRange(mask.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                mask[i] &= labels[i] == ca || labels[i] == cb;
            }
        });
        return mask;
    }

    /**
     * {@code mask[from:][labels[from:] == code] = false}: clears the mask where the label is {@code code},
     * at flat indices {@code >= from} only; returns {@code mask}.
     */
    public static boolean[] clearWhere(boolean[] mask, byte[] labels, int code, int from, TaskExecutor executor) {
        sameLength(labels, mask);
        byte b = code(code);
        int start = Math.max(0, Math.min(from, mask.length));
        executor.forRange(mask.length - start, (lo, hi) -> {
            for (int i = start + lo; i < start + hi; i++) {
                if (labels[i] == b) {
                    mask[i] = false;
                }
            }
        });
        return mask;
    }

    /**
     * The number of voxels labelled {@code code} and the exact sum of {@code image} over them
     * ({@code (labels == code).sum()}, {@code image[labels == code].sum()} in int64).
     */
    public static Sum sumWhere(byte[] labels, int code, short[] image, TaskExecutor executor) {
        if (labels.length != image.length) {
            throw new IllegalArgumentException("labels and image differ in size: " + labels.length + " and "
                    + image.length + " voxels");
        }
        byte b = code(code);
        AtomicLong count = new AtomicLong();
        AtomicLong sum = new AtomicLong();
        executor.forRange(labels.length, (from, to) -> {
            long c = 0;
            long s = 0;
            for (int i = from; i < to; i++) {
                if (labels[i] == b) {
                    c++;
                    s += image[i];
                }
            }
            count.addAndGet(c);
            sum.addAndGet(s);
        });
        return new Sum(count.get(), sum.get());
    }

    /** Result of {@link #sumWhere}: voxel count and exact sum. */
    public record Sum(long count, long sum) {
    }

    private static byte code(int code) {
        if (code < 0 || code > 255) {
            throw new IllegalArgumentException("label code " + code + " outside 0..255");
        }
        return (byte) code;
    }

    private static void sameLength(byte[] labels, boolean[] mask) {
        if (labels.length != mask.length) {
            throw new IllegalArgumentException("labels and mask differ in size: " + labels.length + " and "
                    + mask.length + " voxels");
        }
    }
}
