package org.breastct.imaging;

import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * 2-D Gaussian smoothing that reproduces {@code scipy.ndimage.gaussian_filter(image, sigma)}
 * (scipy 1.10, {@code mode='reflect'}, {@code truncate=4.0}, order 0) operation for operation.
 *
 * <p><b>Contract.</b> Input: an image of {@code ny x nx} pixels in C order (row y, column x), not
 * modified; {@code sigma > 0} in pixels. Output: a new array of the same shape.
 * <ul>
 *   <li><b>Kernel</b> ({@link #kernel}): radius {@code r = (int) (4.0 * sigma + 0.5)}; weights
 *   {@code exp(-0.5 / sigma^2 * x^2)} for x = -r..r, divided by their sum, the sum taken in
 *   numpy's pairwise order ({@code _gaussian_kernel1d}). Exponentials use {@link StrictMath#exp}
 *   (fdlibm); numpy's SIMD exp can differ by 1 ulp on some x (6 of 41 weights for sigma 5 on an
 *   AVX-512 machine), which changes an int16 result only when a sum falls within ~1e-13 of an
 *   integer; none did on our fixtures.</li>
 *   <li><b>Passes</b>: correlation along axis 0 (down each column) first, then along axis 1 (each
 *   row), as {@code gaussian_filter} loops over axes. Each output is accumulated in double exactly
 *   as scipy's {@code NI_Correlate1D} does for a symmetric kernel:
 *   {@code acc = in[i] * w[0]; for k = r..1: acc += (in[i - k] + in[i + k]) * w[k]}.</li>
 *   <li><b>Border</b>: mode 'reflect' (half-sample symmetric, {@code d c b a | a b c d | d c b a}),
 *   repeated with period 2n for lines shorter than the radius, as scipy's line extension does.</li>
 *   <li><b>int16 output</b> ({@link #smoothInt16}): scipy stores each pass in an array of the input
 *   dtype with a C cast, {@code (npy_short) acc}, i.e. truncation toward zero (no rounding, no
 *   clipping checks: values stay in range because the kernel is a convex combination), and the
 *   second pass reads the truncated first-pass values.</li>
 * </ul>
 * Complexity O(ny nx r); memory O(ny nx) plus one line buffer.
 *
 * <p><b>3-D, with a border mode</b> ({@link #smooth(short[], Dims, double, Border, TaskExecutor)}):
 * the same kernel and the same per-output accumulation, along z, then y, then x (scipy's axis order
 * 0, 1, 2), with the border {@link Border#REFLECT} or {@link Border#NEAREST} (scipy
 * {@code mode='nearest'}: {@code a a a | a b c d | d d d}, the edge value repeated). Every pass is
 * accumulated in double and stored as float (single precision, no truncation), which differs from
 * scipy's float64 {@code gaussian_filter(img.astype(float), sigma, mode=...)} by float rounding only.
 */
public final class GaussianFilter {

    /** How a line is extended past its ends. */
    public enum Border {
        /** Half-sample symmetric, {@code d c b a | a b c d | d c b a} (scipy 'reflect'). */
        REFLECT,
        /** Edge value repeated, {@code a a a | a b c d | d d d} (scipy 'nearest'). */
        NEAREST
    }

    /** scipy's default {@code truncate}: the kernel reaches 4 sigma. */
    public static final double TRUNCATE = 4.0;

    private GaussianFilter() {
    }

    /**
     * Smooths an int16 image of ny x nx pixels as scipy.ndimage.gaussian_filter(img, sigma) does
     * for int16 input: separable passes (axis 0 = rows first, then axis 1), kernel truncated at
     * 4 sigma, mode 'reflect', each pass's result stored as int16. Returns a new array.
     *
     * @throws IllegalArgumentException if {@code image.length != ny * nx} or sigma is not positive and finite
     */
    public static short[] smoothInt16(short[] image, int ny, int nx, double sigma) {
        Objects.requireNonNull(image, "image");
        checkShape(image.length, ny, nx);
        double[] w = kernel(sigma);
        short[] tmp = new short[image.length];
        short[] out = new short[image.length];
        double[] line = new double[Math.max(ny, nx)];
        double[] res = new double[Math.max(ny, nx)];
        // axis 0: along y for every column
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                line[y] = image[y * nx + x];
            }
            correlate(line, res, ny, w);
            for (int y = 0; y < ny; y++) {
                tmp[y * nx + x] = (short) (long) res[y];
            }
        }
        // axis 1: along x for every row, reading the int16 first pass
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                line[x] = tmp[y * nx + x];
            }
            correlate(line, res, nx, w);
            for (int x = 0; x < nx; x++) {
                out[y * nx + x] = (short) (long) res[x];
            }
        }
        return out;
    }

    /**
     * The same filter on a double image ({@code gaussian_filter} of a float64 array): no
     * intermediate rounding. Returns a new array.
     */
    public static double[] smooth(double[] image, int ny, int nx, double sigma) {
        Objects.requireNonNull(image, "image");
        checkShape(image.length, ny, nx);
        double[] w = kernel(sigma);
        double[] out = new double[image.length];
        double[] line = new double[Math.max(ny, nx)];
        double[] res = new double[Math.max(ny, nx)];
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                line[y] = image[y * nx + x];
            }
            correlate(line, res, ny, w);
            for (int y = 0; y < ny; y++) {
                out[y * nx + x] = res[y];
            }
        }
        for (int y = 0; y < ny; y++) {
            System.arraycopy(out, y * nx, line, 0, nx);
            correlate(line, res, nx, w);
            System.arraycopy(res, 0, out, y * nx, nx);
        }
        return out;
    }

    /**
     * 3-D Gaussian smoothing of an int16 volume: separable passes along z, y and x (in that order),
     * kernel {@link #kernel(double)} truncated at 4 sigma, the given border on every axis. Each pass is
     * accumulated in double as {@link #correlate} does and stored as float. A grid with {@code nz == 1}
     * gets the z pass too (a constant line, so it is the identity). Parallel over slices (z pass: over
     * output slices); the result does not depend on the thread count. Returns a new array.
     *
     * @throws IllegalArgumentException if the length does not match {@code dims} or sigma is not positive
     *                                  and finite
     */
    public static float[] smooth(short[] image, Dims dims, double sigma, Border border, TaskExecutor executor) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(border, "border");
        if (image.length != dims.size()) {
            throw new IllegalArgumentException("image has " + image.length + " voxels, not " + dims);
        }
        double[] w = kernel(sigma);
        int r = w.length - 1;
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        int plane = dims.sliceSize();
        float[] out = new float[image.length];
        // z: output slice z from the input slices z - r .. z + r (border-mapped), plane by plane
        executor.forRange(nz, (from, to) -> {
            double[] acc = new double[plane];
            for (int z = from; z < to; z++) {
                int o = z * plane;
                for (int i = 0; i < plane; i++) {
                    acc[i] = image[o + i] * w[0];
                }
                for (int k = r; k >= 1; k--) {
                    int a = index(z - k, nz, border) * plane;
                    int b = index(z + k, nz, border) * plane;
                    double wk = w[k];
                    for (int i = 0; i < plane; i++) {
                        acc[i] += ((double) image[a + i] + image[b + i]) * wk;
                    }
                }
                for (int i = 0; i < plane; i++) {
                    out[o + i] = (float) acc[i];
                }
            }
        });
        // y, then x: in place per slice, through line buffers
        executor.forRange(nz, (from, to) -> {
            int len = Math.max(ny, nx);
            double[] line = new double[len];
            double[] res = new double[len];
            for (int z = from; z < to; z++) {
                int o = z * plane;
                for (int x = 0; x < nx; x++) {
                    for (int y = 0; y < ny; y++) {
                        line[y] = out[o + y * nx + x];
                    }
                    correlate(line, res, ny, w, border);
                    for (int y = 0; y < ny; y++) {
                        out[o + y * nx + x] = (float) res[y];
                    }
                }
                for (int y = 0; y < ny; y++) {
                    int row = o + y * nx;
                    for (int x = 0; x < nx; x++) {
                        line[x] = out[row + x];
                    }
                    correlate(line, res, nx, w, border);
                    for (int x = 0; x < nx; x++) {
                        out[row + x] = (float) res[x];
                    }
                }
            }
        });
        return out;
    }

    /**
     * The one-sided normalised kernel {@code w[0..r]} (w[k] = weight at distance k), as scipy's
     * {@code _gaussian_kernel1d(sigma, 0, r)} computes it with r = (int) (4 sigma + 0.5).
     */
    public static double[] kernel(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
        int r = (int) (TRUNCATE * sigma + 0.5);
        double c = -0.5 / (sigma * sigma);
        double[] phi = new double[2 * r + 1];
        for (int i = 0; i <= 2 * r; i++) {
            long x = i - r;
            phi[i] = StrictMath.exp(c * (double) (x * x));
        }
        double sum = pairwiseSum(phi, 0, phi.length);
        double[] w = new double[r + 1];
        for (int k = 0; k <= r; k++) {
            w[k] = phi[r + k] / sum;
        }
        return w;
    }

    /** numpy's pairwise summation of a[from .. from+n) (blocks of 8 accumulators, 128 per leaf). */
    static double pairwiseSum(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        } else if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[from + j];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        } else {
            int n2 = n / 2;
            n2 -= n2 % 8;
            return pairwiseSum(a, from, n2) + pairwiseSum(a, from + n2, n - n2);
        }
    }

    /** Symmetric correlation of one line of length n with the one-sided kernel w, reflect border. */
    static void correlate(double[] in, double[] out, int n, double[] w) {
        correlate(in, out, n, w, Border.REFLECT);
    }

    /** Symmetric correlation of one line of length n with the one-sided kernel w and the given border. */
    static void correlate(double[] in, double[] out, int n, double[] w, Border border) {
        int r = w.length - 1;
        for (int i = 0; i < n; i++) {
            double acc = in[i] * w[0];
            if (i - r >= 0 && i + r < n) {
                for (int k = r; k >= 1; k--) {
                    acc += (in[i - k] + in[i + k]) * w[k];
                }
            } else {
                for (int k = r; k >= 1; k--) {
                    acc += (in[index(i - k, n, border)] + in[index(i + k, n, border)]) * w[k];
                }
            }
            out[i] = acc;
        }
    }

    /** The index that stands for position i of a line of length n under {@code border}. */
    static int index(int i, int n, Border border) {
        return border == Border.NEAREST ? nearest(i, n) : reflect(i, n);
    }

    /** Edge-repeating index: clamped to [0, n - 1]. */
    static int nearest(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }

    /** Half-sample symmetric index, period 2n: -1 -> 0, n -> n - 1. */
    static int reflect(int i, int n) {
        int p = 2 * n;
        int j = i % p;
        if (j < 0) {
            j += p;
        }
        return j < n ? j : p - 1 - j;
    }

    private static void checkShape(int length, int ny, int nx) {
        if (ny < 0 || nx < 0 || (long) ny * nx != length) {
            throw new IllegalArgumentException("image has " + length + " pixels, not " + ny + " x " + nx);
        }
    }
}
