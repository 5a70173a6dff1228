package org.breastct.imaging;

import java.util.Arrays;
import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Marker-controlled watershed by priority flooding (Soille &amp; Ansoult, "Automated basin
 * delineation from digital elevation models using mathematical morphology", Signal Processing 20
 * (1990) 171-182, DOI 10.1016/0165-1684(90)90127-K; Vincent &amp; Soille, IEEE PAMI 13 (1991) 583-598,
 * DOI 10.1109/34.87344), as {@code skimage.segmentation.watershed(priority, markers, mask=mask,
 * connectivity=1 or ndim)} (scikit-image 0.19, compactness 0, no watershed line) runs it.
 *
 * <p><b>Contract.</b> Inputs (all of length {@code dims.size()}, C order, not modified):
 * {@code priority} (lowest is flooded first; the pipeline passes the negated squared EDT, which
 * orders exactly like skimage's {@code -EDT}), {@code markers} (0 = none, &gt; 0 = label; negative
 * values are rejected), {@code mask} (true = may be flooded; null = everywhere). Markers outside
 * the mask are dropped, as skimage does ({@code markers * mask}). Output: a new {@code int[]}
 * holding the marker label that reached each voxel; voxels outside the mask and mask voxels no
 * marker reaches are 0. Nothing outside the array is a neighbour. {@link #floodInPlace} gives the
 * same labels but writes them over {@code priority} (markers and mask only read), saving the
 * output array when the caller no longer needs the priorities.
 *
 * <p><b>Flooding order.</b> A queue ordered by (priority, age): all marker voxels are queued
 * first, in raster order; then an element is popped, and each of its neighbours that is in the
 * mask and still unlabelled takes the popped element's label <em>immediately</em> and is queued with
 * its own priority and the next age. Ties in priority are therefore first-in-first-out. Neighbours
 * are visited in skimage's order (from {@code _offsets_to_raveled_neighbors}, numpy 1.24 argsort):
 * <ul>
 *   <li>FACE 3-D: -z, -y, -x, +x, +y, +z; FACE 2-D: -y, -x, +x, +y;</li>
 *   <li>FULL 2-D: the 4 face neighbours as above, then (-1,-1), (-1,+1), (+1,-1), (+1,+1);</li>
 *   <li>FULL 3-D: the order listed in {@link #FULL_3D_ORDER}.</li>
 * </ul>
 * <b>One known difference from skimage:</b> skimage pushes every marker with age 0, so markers of
 * equal priority leave its binary heap in an order given by the heap's shape, not raster order.
 * This class uses raster order (age = raster rank), which is the documented method
 * (docs/method.md); the tests reproduce skimage's heap order exactly for comparisons
 * ({@code WatershedTestSupport.floodSkimageHeap}).
 *
 * <p><b>Implementation.</b> Bucket queue over the integer priority range: one FIFO per priority
 * value, stored as linked chunks of 64 voxel indices from a shared pool (so pushes and pops touch
 * memory sequentially), and a "current minimum bucket" pointer that moves back when a lower
 * priority is pushed. While flooding, the output array doubles as the voxel state (label, or
 * "floodable, bucket b" encoded as {@code -1 - b}, or 0 outside the mask), so each neighbour test
 * reads one int. Marker voxels with no floodable neighbour are not queued (popping them would do
 * nothing; the order of everything else is unchanged). Time O(n + R) for n voxels and R =
 * priority range, plus the pointer's back-and-forth travel (small for EDT priorities); memory: the
 * int output, 16 bytes per priority value and about 4 bytes per voxel queued at the same time (at
 * most n). The flood is sequential and bound by memory latency; for FACE connectivity on volumes of
 * at least 2^20 voxels the state is therefore kept in a bricked copy (8 x 8 x 8 blocks, see
 * {@code BrickedFlood}; 2 more bytes per padded voxel when the priority range and the labels fit a
 * short, else 4, which {@link #floodInPlace} avoids altogether when the priority array has
 * {@link #inPlaceLength} entries: the bricked state is then laid over it and the labels decoded
 * back into it; priorities stored as shorts give a short state, half the memory traffic), built
 * after one pass over the inputs that finds the priority range and the markers to queue, and with
 * the volume-border tests reduced to one flag
 * per brick (timings: docs/benchmarks.md). The overloads with a {@link TaskExecutor} prepare the
 * state and write the output in parallel. When R exceeds
 * {@link #MAX_BUCKETS} a primitive binary heap of (priority, age, index) is used instead,
 * O(n log n), with the same result (it reads the priorities while flooding, so it needs a temporary
 * label array besides the output).
 *
 * <p><b>Cancellation.</b> With a {@link TaskExecutor#cancellable} executor, the flooding loops ask it
 * every 2^16 steps (and its parallel passes before each chunk) and throw
 * {@link org.breastct.progress.CancelledException}; the output (in place: the priority array) is
 * then undefined.
 */
public final class Watershed {

    /** Largest priority range served by the bucket queue; wider ranges use the binary heap. */
    public static final int MAX_BUCKETS = 1 << 22;

    /**
     * skimage's neighbour order for FULL connectivity in 3-D, as (dz, dy, dx) rows: the result of
     * {@code _offsets_to_raveled_neighbors(shape, generate_binary_structure(3, 3), (1, 1, 1))} with
     * numpy 1.24 (distance sort, ties as numpy's introsort leaves them). For strides (110, 10, 1)
     * skimage prints: 10 -110 1 -1 110 -10 11 9 120 -9 -11 -100 111 -109 -111 -120 109 100 119 -121
     * 99 -99 -101 -119 101 121.
     */
    static final int[][] FULL_3D_ORDER = {
        {0, 1, 0}, {-1, 0, 0}, {0, 0, 1}, {0, 0, -1}, {1, 0, 0}, {0, -1, 0},
        {0, 1, 1}, {0, 1, -1}, {1, 1, 0}, {0, -1, 1}, {0, -1, -1}, {-1, 1, 0}, {1, 0, 1}, {-1, 0, 1},
        {-1, 0, -1}, {-1, -1, 0}, {1, 0, -1}, {1, -1, 0},
        {1, 1, -1}, {-1, -1, -1}, {1, -1, -1}, {-1, 1, 1}, {-1, 1, -1}, {-1, -1, 1}, {1, -1, 1}, {1, 1, 1},
    };

    private static final int NIL = -1;

    /** The flood loops check for cancellation every 2^16 steps (a few milliseconds). */
    static final int CANCEL_CHECK_MASK = (1 << 16) - 1;

    private Watershed() {
    }

    /**
     * Floods from the markers (label > 0) in order of increasing {@code priority} (lowest first),
     * ties first-in-first-out; a voxel takes the label of the voxel that queued it, when first queued;
     * marker voxels are queued first, in raster order. Only voxels with {@code mask} true are flooded
     * (mask null = everywhere); unreached and unmasked voxels are 0. Markers are not modified;
     * returns a new label array.
     *
     * @throws IllegalArgumentException if an array length does not match {@code dims} or a marker is negative
     */
    public static int[] flood(int[] priority, int[] markers, boolean[] mask, Dims dims, Connectivity connectivity) {
        return flood(priority, markers, mask, dims, connectivity, TaskExecutor.sequential());
    }

    /**
     * As {@link #flood(int[], int[], boolean[], Dims, Connectivity)}; the flooding itself is
     * sequential, but for FACE connectivity on large volumes the passes that prepare the state and
     * write the result run in parallel with {@code executor}. Same result for any executor.
     * It is {@link #floodInPlace} on a copy of the priorities (the copy becomes the output).
     */
    public static int[] flood(int[] priority, int[] markers, boolean[] mask, Dims dims, Connectivity connectivity,
            TaskExecutor executor) {
        Objects.requireNonNull(executor, "executor");
        validate(priority, markers, mask, dims, connectivity);
        return floodInPlace(priority.clone(), markers, mask, dims, connectivity, executor);
    }

    /**
     * Memory-saving {@link #flood(int[], int[], boolean[], Dims, Connectivity, TaskExecutor)}: the
     * same result, bit for bit, but written into {@code priority}, which is returned; no output array
     * is allocated. Use it when the priorities are not needed after the flood.
     *
     * <p><b>Contract.</b> {@code priority} is <em>overwritten</em>: on normal return its first
     * {@code dims.size()} entries hold the labels (what {@code flood} would return) and the returned
     * reference is {@code priority} itself. {@code priority} may be longer than {@code dims.size()}:
     * the extra entries are scratch space (read as nothing, left undefined). {@code markers} and
     * {@code mask} are only read. {@code priority} must not be the same array as {@code markers}.
     * If an {@link IllegalArgumentException} is thrown (a length mismatch, a negative marker,
     * {@code priority == markers}), {@code priority} is unchanged; if another throwable (e.g. an
     * {@link OutOfMemoryError}) escapes, its content is undefined.
     *
     * <p><b>Memory.</b> FACE on large volumes (the bricked path): if {@code priority} has at least
     * {@link #inPlaceLength} entries (allocate it so, e.g. for {@link DistanceTransform#squared(boolean[],
     * Dims, int[], TaskExecutor)}), the bricked state is laid over it and nothing but the queue (and
     * a one-slab buffer) is allocated; with exactly {@code dims.size()} entries a bricked state array
     * (2 bytes per padded voxel when the priority range and the labels fit a short, else 4) is
     * allocated during the flood. Otherwise the state is encoded in {@code priority} itself after
     * the markers to queue (in-mask markers with a floodable neighbour, 8 bytes each) have been
     * listed; only a priority range above {@link #MAX_BUCKETS} (binary heap, which reads the
     * priorities while flooding) allocates a temporary label array.
     *
     * @throws IllegalArgumentException if {@code priority} is shorter than {@code dims.size()}, another
     *                                  array length does not match {@code dims}, a marker is negative or
     *                                  {@code priority == markers}
     */
    static int[] floodInPlace(int[] priority, int[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor) {
        return floodInPlace(priority, markers, mask, dims, connectivity, executor, bricksPayOff(dims));
    }

    /**
     * {@link #floodInPlace(int[], int[], boolean[], Dims, Connectivity, TaskExecutor)} with the layout
     * chosen by the caller: {@code bricked} true takes the bricked layout for FACE connectivity where it
     * fits, false never; both layouts give the same labels.
     */
    static int[] floodInPlace(int[] priority, int[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor, boolean bricked) {
        Objects.requireNonNull(executor, "executor");
        validate(priority, markers, mask, dims, connectivity, true);
        if (priority == markers) {
            throw new IllegalArgumentException("floodInPlace: priority and markers must be different arrays");
        }
        // the bricked path declines (null, priority unchanged) a negative marker, an empty mask or a
        // wide priority range: the general path below
        if (connectivity == Connectivity.FACE && bricked && BrickedFlood.fits(dims)
                && BrickedFlood.flood(VoxelInts.of(priority), FloodMarkers.of(markers), mask, dims, executor) != null) {
            return priority;
        }
        int n = dims.size();
        requireNoNegativeMarker(markers, dims);
        long[] minMax = priorityRange(priority, mask, n);
        if (minMax == null) {
            Arrays.fill(priority, 0, n, 0); // empty mask
            return priority;
        }
        int min = (int) minMax[0];
        int max = (int) minMax[1];
        long range = (long) max - min + 1;
        if (range > MAX_BUCKETS) {
            // the heap reads the priorities while flooding: a temporary label array
            int[] out = initialLabels(markers, mask, n);
            heapFlood(priority, out, mask, dims, connectivity, executor);
            System.arraycopy(out, 0, priority, 0, n);
            return priority;
        }
        // the markers to queue first (raster order) with their priorities: in the mask, label > 0,
        // with a floodable neighbour (in the mask, marker 0); markers without one would be no-ops
        // when popped, so they are left out (the relative order of all other entries is unchanged)
        int[][] order = neighbourOrder(dims, connectivity);
        BrickedFlood.Seeds seeds = new BrickedFlood.Seeds();
        for (int i = 0; i < n; i++) {
            if (markers[i] > 0 && (mask == null || mask[i])
                    && hasUnlabelledNeighbourInMask(i, markers, mask, dims, order)) {
                seeds.add(i, priority[i] - min);
            }
        }
        // encoded state (see floodQueued), in place: each voxel reads only its own priority
        for (int i = 0; i < n; i++) {
            if (mask == null || mask[i]) {
                int m = markers[i];
                priority[i] = m != 0 ? m : -1 - (priority[i] - min);
            } else {
                priority[i] = 0;
            }
        }
        BucketQueue q = new BucketQueue((int) range, seeds.count, executor);
        for (int s = 0; s < seeds.count; s++) {
            q.push(seeds.index[s], seeds.priority[s]);
        }
        seeds = null;
        floodQueued(priority, dims, connectivity, q, order);
        return priority;
    }

    /**
     * {@link #floodInPlace(int[], int[], boolean[], Dims, Connectivity, TaskExecutor)} with markers
     * stored as bytes, read unsigned (0 = none, 1..255 = label): the same labels as with the int
     * markers of the same values, one byte per voxel instead of four. The bricked path (FACE on
     * large volumes) reads the bytes directly; elsewhere (small volumes, other connectivities, the
     * cases in which the bricked path declines) they are widened to a temporary {@code int[]}.
     *
     * @throws IllegalArgumentException if {@code priority} is shorter than {@code dims.size()} or
     *                                  another array length does not match {@code dims}
     */
    static int[] floodInPlace(int[] priority, byte[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor) {
        return floodInPlace(priority, markers, mask, dims, connectivity, executor, bricksPayOff(dims));
    }

    /**
     * {@link #floodInPlace(int[], byte[], boolean[], Dims, Connectivity, TaskExecutor)} with the layout
     * chosen by the caller, as in
     * {@link #floodInPlace(int[], int[], boolean[], Dims, Connectivity, TaskExecutor, boolean)}.
     */
    static int[] floodInPlace(int[] priority, byte[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor, boolean bricked) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(markers, "markers");
        validate(priority, markers.length, mask, dims, connectivity, true);
        if (connectivity == Connectivity.FACE && bricked && BrickedFlood.fits(dims)
                && BrickedFlood.flood(VoxelInts.of(priority), FloodMarkers.of(markers), mask, dims, executor) != null) {
            return priority;
        }
        return floodInPlace(priority, widened(FloodMarkers.of(markers)), mask, dims, connectivity, executor, bricked);
    }

    /**
     * {@link #floodInPlace(short[], int[], boolean[], Dims, Connectivity, TaskExecutor, boolean)} in the
     * layout {@link #floodInPlace(int[], int[], boolean[], Dims, Connectivity, TaskExecutor)} takes.
     */
    static short[] floodInPlace(short[] priority, int[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor) {
        return floodInPlace(priority, markers, mask, dims, connectivity, executor, bricksPayOff(dims));
    }

    /**
     * {@link #floodInPlace(short[], byte[], boolean[], Dims, Connectivity, TaskExecutor, boolean)} in the
     * layout {@link #floodInPlace(int[], int[], boolean[], Dims, Connectivity, TaskExecutor)} takes.
     */
    static short[] floodInPlace(short[] priority, byte[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor) {
        return floodInPlace(priority, markers, mask, dims, connectivity, executor, bricksPayOff(dims));
    }

    /**
     * {@link #floodInPlace(int[], int[], boolean[], Dims, Connectivity, TaskExecutor, boolean)} with the
     * priorities stored as shorts (e.g. a capped squared EDT, {@link DistanceTransform#squaredAtMost(
     * boolean[], Dims, short[], int, TaskExecutor)}): the same labels, written over {@code priority}
     * as shorts (hence every marker must be at most {@link Short#MAX_VALUE}). The bricked path keeps
     * its state in a {@code short[]}, laid over {@code priority} when it has {@link #inPlaceLength}
     * entries (2 bytes per voxel in all, half the int flood's memory and memory traffic); elsewhere
     * (small volumes, other connectivities, the cases in which the bricked path declines) the
     * priorities and markers are widened to temporary {@code int[]} and the labels narrowed back.
     *
     * @throws IllegalArgumentException as the int flood, and if a marker exceeds {@link Short#MAX_VALUE}
     */
    static short[] floodInPlace(short[] priority, int[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor, boolean bricked) {
        Objects.requireNonNull(markers, "markers");
        validate(priority.length, markers.length, mask, dims, connectivity, true);
        for (int i = 0, n = dims.size(); i < n; i++) {
            if (markers[i] < 0) {
                throw negativeMarker(markers[i], i, dims);
            }
            if (markers[i] > Short.MAX_VALUE) {
                throw new IllegalArgumentException("marker " + markers[i] + " at voxel " + i + " of " + dims
                        + " does not fit the short labels of a short priority flood (at most " + Short.MAX_VALUE
                        + ")");
            }
        }
        return floodShorts(priority, FloodMarkers.of(markers), mask, dims, connectivity, executor, bricked);
    }

    /**
     * {@link #floodInPlace(short[], int[], boolean[], Dims, Connectivity, TaskExecutor, boolean)} with
     * byte markers (read unsigned, 0 = none, 1..255 = label).
     */
    static short[] floodInPlace(short[] priority, byte[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor, boolean bricked) {
        Objects.requireNonNull(markers, "markers");
        validate(priority.length, markers.length, mask, dims, connectivity, true);
        return floodShorts(priority, FloodMarkers.of(markers), mask, dims, connectivity, executor, bricked);
    }

    /** The short flood on validated inputs (markers in 0..32767). */
    private static short[] floodShorts(short[] priority, FloodMarkers markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor, boolean bricked) {
        Objects.requireNonNull(executor, "executor");
        if (connectivity == Connectivity.FACE && bricked && BrickedFlood.fits(dims)
                && BrickedFlood.flood(VoxelInts.of(priority), markers, mask, dims, executor) != null) {
            return priority;
        }
        int n = dims.size();
        int[] wide = new int[n];
        for (int i = 0; i < n; i++) {
            wide[i] = priority[i];
        }
        floodInPlace(wide, widened(markers), mask, dims, connectivity, executor, bricked);
        for (int i = 0; i < n; i++) {
            priority[i] = (short) wide[i]; // a label, at most the largest marker
        }
        return priority;
    }

    /** The markers as a new {@code int[]}. */
    private static int[] widened(FloodMarkers markers) {
        int[] wide = new int[markers.length()];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = markers.at(i);
        }
        return wide;
    }

    /**
     * The length of a priority array with which {@link #floodInPlace} allocates no state array
     * (only its queue and buffers): {@code dims.size()} rounded up to whole 8 x 8 x 8 bricks for
     * FACE connectivity on volumes large enough for the bricked layout, else {@code dims.size()}.
     * No padding when every side is a multiple of 8; e.g. 7 slices (1.8 %) for 393 x 640 x 640.
     */
    static int inPlaceLength(Dims dims, Connectivity connectivity) {
        Objects.requireNonNull(dims, "dims");
        return inPlaceLength(dims, connectivity, bricksPayOff(dims));
    }

    /** {@link #inPlaceLength(Dims, Connectivity)} for the layout {@code bricked} (as in floodInPlace). */
    static int inPlaceLength(Dims dims, Connectivity connectivity, boolean bricked) {
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(connectivity, "connectivity");
        if (connectivity == Connectivity.FACE && bricked && BrickedFlood.fits(dims)) {
            return (int) BrickedFlood.brickedLength(dims);
        }
        return dims.size();
    }

    /** Throws {@link #negativeMarker} for the first negative marker, if any. */
    private static void requireNoNegativeMarker(int[] markers, Dims dims) {
        int n = dims.size();
        int sign = 0;
        for (int i = 0; i < n; i++) {
            sign |= markers[i];
        }
        if (sign < 0) {
            for (int i = 0; i < n; i++) {
                if (markers[i] < 0) {
                    throw negativeMarker(markers[i], i, dims);
                }
            }
        }
    }

    /**
     * {min, max} of the first n priorities inside the mask (mask null = everywhere); null for an
     * empty mask.
     */
    private static long[] priorityRange(int[] priority, boolean[] mask, int n) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (mask == null || mask[i]) {
                int p = priority[i];
                min = Math.min(min, p);
                max = Math.max(max, p);
            }
        }
        return min > max ? null : new long[] {min, max};
    }

    /** Bricks pay off once the state no longer fits the caches. */
    private static boolean bricksPayOff(Dims dims) {
        return dims.size() >= (1 << 20);
    }

    private static void validate(int[] priority, int[] markers, boolean[] mask, Dims dims, Connectivity connectivity) {
        validate(priority, markers, mask, dims, connectivity, false);
    }

    /** @param scratch true: priority may be longer than dims.size() (floodInPlace's scratch space) */
    private static void validate(int[] priority, int[] markers, boolean[] mask, Dims dims, Connectivity connectivity,
            boolean scratch) {
        Objects.requireNonNull(markers, "markers");
        validate(priority, markers.length, mask, dims, connectivity, scratch);
    }

    private static void validate(int[] priority, int markersLength, boolean[] mask, Dims dims,
            Connectivity connectivity, boolean scratch) {
        Objects.requireNonNull(priority, "priority");
        validate(priority.length, markersLength, mask, dims, connectivity, scratch);
    }

    /** @param priorityLength the length of the priority array (any type) */
    private static void validate(int priorityLength, int markersLength, boolean[] mask, Dims dims,
            Connectivity connectivity, boolean scratch) {
        Objects.requireNonNull(connectivity, "connectivity");
        if (scratch && priorityLength > dims.size()) {
            // the extra entries are scratch space
        } else {
            DistanceTransform.checkLength(priorityLength, dims, "priority");
        }
        DistanceTransform.checkLength(markersLength, dims, "markers");
        if (mask != null) {
            DistanceTransform.checkLength(mask.length, dims, "mask");
        }
    }

    private static IllegalArgumentException negativeMarker(int m, int i, Dims dims) {
        return new IllegalArgumentException("negative marker " + m + " at voxel " + i + " of " + dims
                + " (markers are 0 = none or a label > 0)");
    }

    /** The markers inside the mask; 0 elsewhere. */
    private static int[] initialLabels(int[] markers, boolean[] mask, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            if (mask == null || mask[i]) {
                out[i] = markers[i];
            }
        }
        return out;
    }

    /** Neighbour order as (dz, dy, dx) rows, skimage's order (see class doc). */
    static int[][] neighbourOrder(Dims dims, Connectivity connectivity) {
        boolean is3d = dims.nz() > 1;
        if (connectivity == Connectivity.FACE) {
            return is3d ? new int[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}, {0, 0, 1}, {0, 1, 0}, {1, 0, 0}}
                    : new int[][] {{0, -1, 0}, {0, 0, -1}, {0, 0, 1}, {0, 1, 0}};
        }
        return is3d ? FULL_3D_ORDER.clone()
                : new int[][] {{0, -1, 0}, {0, 0, -1}, {0, 0, 1}, {0, 1, 0},
                    {0, -1, -1}, {0, -1, 1}, {0, 1, -1}, {0, 1, 1}};
    }

    /**
     * Bucket-queue flooding from the queued markers. To touch one array per neighbour test,
     * {@code out} arrives encoded and doubles as the state while flooding: label (&gt; 0) once
     * labelled (markers from the start), {@code -1 - bucket} for a floodable voxel not yet reached
     * (bucket = priority - min), 0 outside the mask; the voxels still negative at the end were never
     * reached and become 0.
     */
    private static void floodQueued(int[] out, Dims dims, Connectivity connectivity, BucketQueue q, int[][] order) {
        if (connectivity == Connectivity.FACE) {
            floodFace(out, dims, q);
        } else {
            floodTable(out, dims, q, order);
        }
        for (int i = 0, n = dims.size(); i < n; i++) {
            if (out[i] < 0) {
                out[i] = 0;
            }
        }
    }

    /**
     * FACE flooding with the six neighbour tests written out in skimage's order -z, -y, -x, +x,
     * +y, +z (in 2-D the z tests are never true, which leaves skimage's 2-D order -y, -x, +x, +y).
     * {@code out} holds the encoded state (see {@link #floodQueued}).
     */
    private static void floodFace(int[] out, Dims dims, BucketQueue q) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        int lastX = nx - 1;
        int lastY = ny - 1;
        int lastZ = nz - 1;
        while (q.size > 0) {
            int i = q.pop();
            int label = out[i];
            int z = i / sliceSize;
            int r = i - z * sliceSize;
            int y = r / nx;
            int x = r - y * nx;
            // load the six states first (independent loads overlap their cache misses), then act;
            // a neighbour outside the array reads as 0 (= not floodable)
            int sMz = z > 0 ? out[i - sliceSize] : 0;
            int sMy = y > 0 ? out[i - nx] : 0;
            int sMx = x > 0 ? out[i - 1] : 0;
            int sPx = x < lastX ? out[i + 1] : 0;
            int sPy = y < lastY ? out[i + nx] : 0;
            int sPz = z < lastZ ? out[i + sliceSize] : 0;
            if (sMz < 0) {
                out[i - sliceSize] = label;
                q.push(i - sliceSize, -1 - sMz);
            }
            if (sMy < 0) {
                out[i - nx] = label;
                q.push(i - nx, -1 - sMy);
            }
            if (sMx < 0) {
                out[i - 1] = label;
                q.push(i - 1, -1 - sMx);
            }
            if (sPx < 0) {
                out[i + 1] = label;
                q.push(i + 1, -1 - sPx);
            }
            if (sPy < 0) {
                out[i + nx] = label;
                q.push(i + nx, -1 - sPy);
            }
            if (sPz < 0) {
                out[i + sliceSize] = label;
                q.push(i + sliceSize, -1 - sPz);
            }
        }
    }

    /** Flooding with a neighbour table of (dz, dy, dx) rows, in table order; encoded state. */
    private static void floodTable(int[] out, Dims dims, BucketQueue q, int[][] order) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        int m = order.length;
        int[] ddz = new int[m];
        int[] ddy = new int[m];
        int[] ddx = new int[m];
        int[] doff = new int[m];
        for (int k = 0; k < m; k++) {
            ddz[k] = order[k][0];
            ddy[k] = order[k][1];
            ddx[k] = order[k][2];
            doff[k] = (ddz[k] * ny + ddy[k]) * nx + ddx[k];
        }
        while (q.size > 0) {
            int i = q.pop();
            int label = out[i];
            int z = i / sliceSize;
            int r = i - z * sliceSize;
            int y = r / nx;
            int x = r - y * nx;
            for (int k = 0; k < m; k++) {
                int xx = x + ddx[k];
                int yy = y + ddy[k];
                int zz = z + ddz[k];
                if (xx < 0 || xx >= nx || yy < 0 || yy >= ny || zz < 0 || zz >= nz) {
                    continue;
                }
                int j = i + doff[k];
                int s = out[j];
                if (s < 0) {
                    out[j] = label;
                    q.push(j, -1 - s);
                }
            }
        }
    }


    /**
     * FIFO bucket queue. Each bucket is a singly linked list of fixed-size chunks of voxel
     * indices taken from one shared pool (freed chunks are reused), so pushes and pops touch
     * memory sequentially; {@code cur} is the lowest possibly non-empty bucket, moved back when a
     * lower bucket is pushed. The pool is sized once from the number of entries the caller queues
     * before the first pop ({@link #poolChunks}), so a flood whose front stays below twice that
     * never grows it; a larger front doubles it (copying). Memory: 16 bytes per bucket plus 4 bytes
     * per queued voxel and one partly filled chunk per non-empty bucket (the pool: at least 256 KB).
     */
    static final class BucketQueue {
        static final int CHUNK = 64;
        private final TaskExecutor executor;
        private int pops;
        final int[] headChunk;
        final int[] headPos;
        final int[] tailChunk;
        final int[] tailPos;
        int[] data;
        int[] chunkNext;
        int freeChunk = NIL;
        int usedChunks;
        int cur;
        int size;

        /**
         * @param range    the number of buckets (priority values)
         * @param queued   the number of entries pushed before the first pop (the seeds), {@code >= 0}
         * @param executor asked for cancellation every {@link Watershed#CANCEL_CHECK_MASK} + 1 pops
         */
        BucketQueue(int range, int queued, TaskExecutor executor) {
            this.executor = executor;
            int chunks = poolChunks(range, queued);
            data = new int[chunks * CHUNK];
            chunkNext = new int[chunks];
            headChunk = new int[range];
            headPos = new int[range];
            tailChunk = new int[range];
            tailPos = new int[range];
            Arrays.fill(headChunk, NIL);
            Arrays.fill(tailChunk, NIL);
            cur = range;
        }

        /**
         * The initial pool in chunks: twice what {@code queued} entries can occupy (one partly filled
         * chunk per non-empty bucket besides the full ones), since the front of a flood grows from its
         * seeds, but at least 1024 chunks and at most what one array holds.
         */
        static int poolChunks(int range, int queued) {
            if (range < 1 || queued < 0) {
                throw new IllegalArgumentException("range " + range + " and queued " + queued);
            }
            long seedChunks = ((long) queued + CHUNK - 1) / CHUNK + Math.min(range, queued);
            return (int) Math.min(Math.max(1024, 2 * seedChunks), MAX_CHUNKS);
        }

        /** The largest pool: {@code data} must fit one array. */
        static final int MAX_CHUNKS = (Integer.MAX_VALUE - 16) / CHUNK;

        void push(int i, int bucket) {
            int tc = tailChunk[bucket];
            if (tc == NIL) {
                tc = newChunk();
                headChunk[bucket] = tc;
                tailChunk[bucket] = tc;
                headPos[bucket] = 0;
                tailPos[bucket] = 0;
            } else if (tailPos[bucket] == CHUNK) {
                int c = newChunk();
                chunkNext[tc] = c;
                tailChunk[bucket] = c;
                tailPos[bucket] = 0;
                tc = c;
            }
            data[tc * CHUNK + tailPos[bucket]++] = i;
            if (bucket < cur) {
                cur = bucket;
            }
            size++;
        }

        /** Removes and returns the oldest voxel of the lowest non-empty bucket; size must be > 0. */
        int pop() {
            if ((++pops & CANCEL_CHECK_MASK) == 0) {
                executor.checkCancelled();
            }
            int c = cur;
            while (headChunk[c] == NIL) {
                c++;
            }
            cur = c;
            int hc = headChunk[c];
            int pos = headPos[c]++;
            int i = data[hc * CHUNK + pos];
            if (hc == tailChunk[c] && pos + 1 == tailPos[c]) {
                freeChunk(hc); // bucket now empty
                headChunk[c] = NIL;
                tailChunk[c] = NIL;
            } else if (pos + 1 == CHUNK) {
                headChunk[c] = chunkNext[hc];
                headPos[c] = 0;
                freeChunk(hc);
            }
            size--;
            return i;
        }

        private int newChunk() {
            if (freeChunk != NIL) {
                int c = freeChunk;
                freeChunk = chunkNext[c];
                chunkNext[c] = NIL;
                return c;
            }
            if (usedChunks == chunkNext.length) {
                grow();
            }
            chunkNext[usedChunks] = NIL;
            return usedChunks++;
        }

        /** Doubles the pool (rare: see {@link #poolChunks}); kept out of {@link #newChunk} so that inlines. */
        private void grow() {
            if (usedChunks >= MAX_CHUNKS) {
                throw new IllegalStateException("watershed queue exceeds " + usedChunks + " chunks");
            }
            int chunks = (int) Math.min((long) usedChunks * 2, MAX_CHUNKS);
            chunkNext = Arrays.copyOf(chunkNext, chunks);
            data = Arrays.copyOf(data, chunks * CHUNK);
        }

        private void freeChunk(int c) {
            chunkNext[c] = freeChunk;
            freeChunk = c;
        }
    }

    /**
     * Binary-heap flooding with the exact push/pop of skimage's {@code heap_general.pxi}; keys are
     * (priority, age) packed in a long; markers get their raster rank as age (FIFO, same result as
     * the bucket queue).
     */
    private static void heapFlood(int[] priority, int[] out, boolean[] mask, Dims dims, Connectivity connectivity,
            TaskExecutor executor) {
        int n = out.length;
        int ny = dims.ny();
        int nx = dims.nx();
        int nz = dims.nz();
        int sliceSize = ny * nx;
        int[][] order = neighbourOrder(dims, connectivity);
        int m = order.length;
        PrimitiveHeap heap = new PrimitiveHeap(1024);
        long age = 0;
        for (int i = 0; i < n; i++) {
            // leave out no-op markers as the bucket queue does
            if (out[i] != 0 && hasUnlabelledNeighbourInMask(i, out, mask, dims, order)) {
                heap.push(key(priority[i], age++), i);
            }
        }
        int pops = 0;
        while (heap.size > 0) {
            if ((++pops & CANCEL_CHECK_MASK) == 0) {
                executor.checkCancelled();
            }
            int i = heap.pop();
            int label = out[i];
            int z = i / sliceSize;
            int r = i - z * sliceSize;
            int y = r / nx;
            int x = r - y * nx;
            for (int k = 0; k < m; k++) {
                int xx = x + order[k][2];
                int yy = y + order[k][1];
                int zz = z + order[k][0];
                if (xx < 0 || xx >= nx || yy < 0 || yy >= ny || zz < 0 || zz >= nz) {
                    continue;
                }
                int j = (zz * ny + yy) * nx + xx;
                if (out[j] != 0 || (mask != null && !mask[j])) {
                    continue;
                }
                out[j] = label;
                heap.push(key(priority[j], age++), j);
            }
        }
    }

    /**
     * True if a neighbour of voxel i (in {@code order}) is unlabelled (0 in {@code labels}, the
     * markers or the labels so far) and inside the mask: a voxel a marker at i would flood.
     */
    private static boolean hasUnlabelledNeighbourInMask(int i, int[] out, boolean[] mask, Dims dims, int[][] order) {
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        int z = i / sliceSize;
        int r = i - z * sliceSize;
        int y = r / nx;
        int x = r - y * nx;
        for (int[] o : order) {
            int zz = z + o[0];
            int yy = y + o[1];
            int xx = x + o[2];
            if (zz < 0 || zz >= dims.nz() || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                continue;
            }
            int j = (zz * ny + yy) * nx + xx;
            if (out[j] == 0 && (mask == null || mask[j])) {
                return true;
            }
        }
        return false;
    }

    static long key(int priority, long age) {
        return ((long) priority << 32) | age;
    }

    /**
     * Min-heap of (long key, int index) on parallel primitive arrays; sift-up and sift-down follow
     * skimage's heap_general.pxi step for step (strict comparisons, last element moved to the root
     * on pop), so that equal keys leave in the same order as there.
     */
    static final class PrimitiveHeap {
        long[] keys;
        int[] items;
        int size;

        PrimitiveHeap(int capacity) {
            keys = new long[capacity];
            items = new int[capacity];
        }

        void push(long key, int item) {
            if (size == keys.length) {
                int len = keys.length > Integer.MAX_VALUE / 2 - 16 ? Integer.MAX_VALUE - 16 : keys.length * 2;
                keys = Arrays.copyOf(keys, len);
                items = Arrays.copyOf(items, len);
            }
            int child = size++;
            keys[child] = key;
            items[child] = item;
            while (child > 0) {
                int parent = (child + 1) / 2 - 1;
                if (keys[child] < keys[parent]) {
                    swap(parent, child);
                    child = parent;
                } else {
                    break;
                }
            }
        }

        int pop() {
            int top = items[0];
            size--;
            if (size == 0) {
                return top;
            }
            keys[0] = keys[size];
            items[0] = items[size];
            int i = 0;
            int smallest = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = 2 * i + 2;
                if (l < size) {
                    if (keys[l] < keys[i]) {
                        smallest = l;
                    }
                    if (r < size && keys[r] < keys[smallest]) {
                        smallest = r;
                    }
                } else {
                    break;
                }
                if (smallest == i) {
                    break;
                }
                swap(i, smallest);
                i = smallest;
            }
            return top;
        }

        private void swap(int a, int b) {
            long k = keys[a];
            keys[a] = keys[b];
            keys[b] = k;
            int t = items[a];
            items[a] = items[b];
            items[b] = t;
        }
    }
}
