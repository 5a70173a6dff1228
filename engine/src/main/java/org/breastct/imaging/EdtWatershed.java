package org.breastct.imaging;

import java.util.Arrays;
import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Marker watershed on the negated Euclidean distance transform: "watershed(markers, mask)" of
 * docs/method.md (Conventions) with priority {@code -EDT(foreground)}, the deepest voxels first.
 *
 * <p><b>Contract.</b> {@link #of} computes the exact squared EDT of {@code foreground} (unit spacing,
 * the array border is not background; {@link DistanceTransform}); the caller may read it
 * ({@link #squaredSlice}), zero it outside a mask ({@link #zeroOutside}: {@code d = d * keep}) and label
 * its deep regions ({@link #labelDeeperThan}), then floods once ({@link #flood}, {@link #floodFromSlice}):
 * 6 neighbours in 3-D (4 in 2-D, {@link Connectivity#FACE}), ties first-in-first-out, marker voxels
 * queued first in raster order, voxels outside {@code mask} and mask voxels no marker reaches get 0,
 * exactly as {@link Watershed#flood} with priority {@code -EDT^2} (same order as {@code -EDT}). The flood
 * consumes the distances: afterwards every method but those of the returned {@link Regions} throws
 * {@link IllegalStateException}.
 *
 * <p><b>Memory.</b> One array: the squared EDT is laid out with {@link Watershed#inPlaceLength}
 * entries, so the flood keeps its state in it and writes the labels over it (no second array
 * besides the caller's markers). It holds ints, or shorts (2 bytes per voxel) where the transform is
 * capped at most at {@link Short#MAX_VALUE} ({@link #floodFromDeepRegions} and
 * {@link #floodFromDeepRegionOf} for depths up to 180; the flood's state and labels are then shorts
 * too, widened to ints only for more than 32767 markers). Markers this class makes are bytes where
 * their values allow ({@link #floodFromDeepRegionOf}, {@link #floodFromSlice}). The bricked layout
 * and the in-place lengths stay inside this package.
 * Time: O(n) for the transform, the flood as {@link Watershed}; parallel parts give the same result for
 * any thread count.
 */
public final class EdtWatershed {

    private final Dims dims;
    private final TaskExecutor executor;
    /** The squared EDT (first {@code dims.size()} entries, the rest 0), null once flooded. */
    private VoxelInts squared;

    private EdtWatershed(Dims dims, VoxelInts squared, TaskExecutor executor) {
        this.dims = dims;
        this.squared = squared;
        this.executor = executor;
    }

    /**
     * The squared EDT of {@code foreground}, ready to flood.
     *
     * @throws IllegalArgumentException if {@code foreground.length != dims.size()}
     */
    public static EdtWatershed of(boolean[] foreground, Dims dims, TaskExecutor executor) {
        return capped(foreground, dims, DistanceTransform.NO_BACKGROUND, executor);
    }

    /**
     * The first {@code slices} slices of {@link #of}: a watershed over the sub-volume of slices
     * {@code 0 .. slices - 1} ({@link #dims()}), whose distances are those of the whole volume (background
     * voxels in later slices count; {@link DistanceTransform#squaredOfFirstSlices}). Flooding it gives the
     * labels of the whole volume's flood on every voxel that flood reaches, when no mask voxel it
     * reaches has a face neighbour in mask beyond the sub-volume (the caller's knowledge, e.g. the
     * components of the mask holding the markers end before slice {@code slices}). Memory: one int per
     * voxel of the sub-volume.
     *
     * @throws IllegalArgumentException if {@code slices} is outside {@code 1 .. dims.nz()} or
     *                                  {@code foreground.length != dims.size()}
     */
    public static EdtWatershed ofFirstSlices(boolean[] foreground, Dims dims, int slices, TaskExecutor executor) {
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(executor, "executor");
        if (slices < 1 || slices > dims.nz()) {
            throw new IllegalArgumentException("slices must be in 1.." + dims.nz() + ", not " + slices);
        }
        Dims sub = new Dims(slices, dims.ny(), dims.nx());
        int[] out = new int[Watershed.inPlaceLength(sub, Connectivity.FACE)];
        return new EdtWatershed(sub, VoxelInts.of(DistanceTransform.squaredOfFirstSlices(foreground, dims, slices,
                out, executor)), executor);
    }

    /**
     * {@code watershed(markers, mask)} with priority {@code -(EDT(foreground) * keep)}, the markers all on
     * slice 0: {@code of(foreground, dims)}, {@code zeroOutside(keep)} (unless {@code keep} is null), then
     * {@code floodFromSlice(0, sliceMarkers, mask)}, with the same labels on every voxel. Computed on the
     * leading slices the flood can reach: it never leaves the {@link Connectivity#FACE} components of
     * {@code mask} holding a marker ({@link ConnectedComponents#componentsOf}), so the transform
     * ({@link #ofFirstSlices}) and the flood run on the slices up to the last one of those components;
     * the voxels beyond read 0 in the result.
     *
     * @param keep        null, or the voxels whose distance is kept (elsewhere 0), length {@code dims.size()}
     * @param sliceMarkers {@code dims.sliceSize()} labels on slice 0 (0 = none, &gt; 0 = label)
     * @param mask        the voxels that may be flooded, length {@code dims.size()}
     * @throws IllegalArgumentException if a length does not match or a marker is negative
     */
    public static Regions floodFromFirstSlice(boolean[] foreground, Dims dims, boolean[] keep, int[] sliceMarkers,
            boolean[] mask, TaskExecutor executor) {
        Objects.requireNonNull(dims, "dims");
        DistanceTransform.checkLength(mask.length, dims, "mask");
        if (keep != null) {
            DistanceTransform.checkLength(keep.length, dims, "keep");
        }
        int sliceSize = dims.sliceSize();
        if (sliceMarkers.length != sliceSize) {
            throw new IllegalArgumentException("markers of " + sliceMarkers.length + " pixels on slice 0 do not fit "
                    + dims);
        }
        EdtWatershed w = ofFirstSlices(foreground, dims, reachedSlices(mask, dims, sliceMarkers, executor), executor);
        int n = w.dims.size();
        if (keep != null) {
            w.zeroOutside(Arrays.copyOf(keep, n));
        }
        return w.floodFromSlice(0, sliceMarkers, Arrays.copyOf(mask, n)).within(dims);
    }

    /**
     * The number of leading slices holding the {@link Connectivity#FACE} components of {@code mask} that hold
     * a marker of slice 0 (at least 1).
     */
    private static int reachedSlices(boolean[] mask, Dims dims, int[] sliceMarkers, TaskExecutor executor) {
        int[] seeds = new int[sliceMarkers.length];
        int count = 0;
        for (int i = 0; i < sliceMarkers.length; i++) {
            if (sliceMarkers[i] != 0 && mask[i]) {
                seeds[count++] = i;
            }
        }
        boolean[] reach = ConnectedComponents.componentsOf(mask, dims, Connectivity.FACE, Arrays.copyOf(seeds, count),
                executor);
        return Math.max(1, MaskOps.lastSliceContaining(reach, dims, 0, dims.nz()) + 1);
    }

    /** The grid of this transform and of its flood (for {@link #ofFirstSlices}: the sub-volume). */
    public Dims dims() {
        return dims;
    }

    /**
     * As {@link #of}, squared distances above {@code cap} set to {@code cap} ({@link
     * DistanceTransform#squaredAtMost}), stored as shorts when {@code cap} fits one.
     */
    private static EdtWatershed capped(boolean[] foreground, Dims dims, int cap, TaskExecutor executor) {
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(executor, "executor");
        int length = Watershed.inPlaceLength(dims, Connectivity.FACE);
        VoxelInts d = cap <= Short.MAX_VALUE
                ? VoxelInts.of(DistanceTransform.squaredAtMost(foreground, dims, new short[length], cap, executor))
                : VoxelInts.of(DistanceTransform.squaredAtMost(foreground, dims, new int[length], cap, executor));
        return new EdtWatershed(dims, d, executor);
    }

    /**
     * {@code watershed(label(EDT(mask) > depth), mask)}: the markers are the {@link Connectivity#FULL}
     * components of the voxels deeper than {@code depth} (numbered in raster order), the priority
     * {@code -EDT(mask)}, flooded inside {@code mask} itself.
     *
     * <p>The transform is capped at {@code (depth + 1)^2}, which changes nothing: every marker stays
     * above {@code depth^2}, and the flood queues only non-markers (EDT at most depth) and markers next
     * to one, whose EDT is at most depth + 1 (the EDT changes by at most 1 between face neighbours), so
     * every queued priority is exact; capping may move the lower end of the priority range, which
     * shifts every bucket alike.
     *
     * @param depth a distance in voxels, {@code >= 0}
     */
    public static Regions floodFromDeepRegions(boolean[] mask, Dims dims, int depth, TaskExecutor executor) {
        return cappedAbove(depth, mask, dims, executor).floodFromAllDeeperThan(depth, mask);
    }

    /** The transform of {@code mask} capped at {@code (depth + 1)^2}, as {@link #floodFromDeepRegions} explains. */
    private static EdtWatershed cappedAbove(int depth, boolean[] mask, Dims dims, TaskExecutor executor) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be >= 0, got " + depth);
        }
        long d1 = (long) depth + 1;
        return capped(mask, dims, (int) Math.min(d1 * d1, DistanceTransform.NO_BACKGROUND), executor);
    }

    /** Floods from the int-labelled components of {@code EDT > depth} (the markers of {@link #floodFromDeepRegions}). */
    private Regions floodFromAllDeeperThan(int depth, boolean[] mask) {
        Labeling markers = labelDeeperThan(depth);
        return flood(markers.labels(), mask, markers.count());
    }

    /**
     * The region of {@link #floodFromDeepRegions} that holds voxel {@code seed}, with markers of one
     * byte per voxel when {@code seed} is itself a marker: then only two labels are kept, 1 for the
     * marker component holding {@code seed} and 2 for every other marker (the flooding order does not
     * depend on label values, so each voxel gets 1 exactly where {@code floodFromDeepRegions} gives
     * it the label of that component); {@link Regions#markerCount} is then -1. When {@code seed} is
     * no marker, the result is {@link #floodFromDeepRegions} itself. Either way {@code labelAt(seed)}
     * is 0 exactly when it is 0 there, and {@code region(labelAt(seed))} is the same mask.
     *
     * <p>With two marker labels the flood runs only where they meet. A flood never leaves the
     * {@link Connectivity#FACE} component of the mask it starts in, and inside one component it does
     * what it does in the whole volume: the queue orders voxels by (priority, time queued), and the
     * voxels of other components change neither the order nor the labels of this component's voxels.
     * So every voxel of a component holding markers of one label only gets that label, a component
     * without a marker keeps 0, and only the components holding both labels are flooded (with the
     * mask cut down to them). The components are found by {@link ConnectedComponents#components}, in
     * parallel; on breast volumes the air's component and the breast's interior are usually apart, and
     * nothing is flooded at all.
     *
     * <p>Memory: instead of an int labelling of the markers (4 bytes per voxel), the mask of the
     * voxels deeper than {@code depth} and the seed's component of it
     * ({@link ConnectedComponents#componentOf}), 1 byte each; the mask's components are kept as runs;
     * only where the labels meet, byte markers and a mask of the components to flood (1 byte each, the
     * two masks above dropped before the flood). The labels are written over the transform.
     *
     * @param depth a distance in voxels, {@code >= 0}
     * @param seed  a flat index (C order) in {@code 0 .. dims.size() - 1}
     */
    public static Regions floodFromDeepRegionOf(boolean[] mask, Dims dims, int depth, int seed,
            TaskExecutor executor) {
        Objects.checkIndex(seed, dims.size());
        EdtWatershed w = cappedAbove(depth, mask, dims, executor);
        if (w.squared.get(seed) <= (long) depth * depth) {
            return w.floodFromAllDeeperThan(depth, mask);
        }
        return w.floodWhereLabelsMeet(depth, seed, mask);
    }

    /**
     * {@link #floodFromDeepRegionOf} for a seed deeper than {@code depth}, one FACE component of
     * {@code mask} at a time (its Javadoc explains why this gives the same labels): components holding
     * both labels ({@link Parts}) are flooded from byte markers, the others filled with the one label
     * they hold (0 if none). Consumes the distances; the labels are written over them.
     */
    private Regions floodWhereLabelsMeet(int depth, int seed, boolean[] mask) {
        Parts p = parts(depth, seed, mask);
        VoxelInts labels;
        if (p.markers() != null) {
            labels = flood(p.markers(), p.components().select(p.both(), executor)).labels; // 0 outside them
        } else {
            labels = distances();
            squared = null;
            executor.forRange(dims.size(), (from, to) -> labels.fill(from, to, 0));
        }
        boolean[] both = p.both();
        boolean[] has1 = p.has1();
        boolean[] has2 = p.has2();
        p.components().fill(executor, (base, from, to, part) -> {
            if (!both[part] && (has1[part] || has2[part])) {
                labels.fill(base + from, base + to, has1[part] ? 1 : 2);
            }
        });
        return new Regions(dims, labels, -1, executor);
    }

    /**
     * The FACE components of a mask and the labels each holds (indexed by component, entry 0 unused):
     * {@code has1}, {@code has2}, {@code both}; {@code markers}: the byte markers (1, 2, 0 elsewhere) when
     * some component holds both labels, else null.
     */
    private record Parts(ConnectedComponents.Components components, boolean[] has1, boolean[] has2, boolean[] both,
            byte[] markers) {
    }

    /**
     * The {@link Parts} of {@code mask} for the two markers of {@link #floodFromDeepRegionOf}: 1 on the
     * {@link Connectivity#FULL} component of {@code EDT > depth} holding {@code seed}, 2 on the other
     * voxels deeper than {@code depth}. The two masks this takes are dropped on return (before a flood).
     */
    private Parts parts(int depth, int seed, boolean[] mask) {
        boolean[] deep = deeperThan(depth);
        boolean[] seedMarker = ConnectedComponents.componentOf(deep, dims, Connectivity.FULL, seed, executor);
        ConnectedComponents.Components parts = ConnectedComponents.components(mask, dims, Connectivity.FACE,
                executor);
        int n = parts.count();
        // only true is ever written, so tasks sharing a component need no lock
        boolean[] has1 = new boolean[n + 1];
        boolean[] has2 = new boolean[n + 1];
        parts.fill(executor, (base, from, to, part) -> {
            for (int i = base + from, end = base + to; i < end; i++) {
                if (seedMarker[i]) {
                    has1[part] = true;
                } else if (deep[i]) {
                    has2[part] = true;
                }
            }
        });
        boolean[] both = new boolean[n + 1];
        boolean meet = false;
        for (int p = 1; p <= n; p++) {
            both[p] = has1[p] && has2[p];
            meet |= both[p];
        }
        byte[] markers = null;
        if (meet) {
            byte[] m = new byte[dims.size()];
            executor.forRange(m.length, (from, to) -> {
                for (int i = from; i < to; i++) {
                    m[i] = seedMarker[i] ? (byte) 1 : deep[i] ? (byte) 2 : 0;
                }
            });
            markers = m;
        }
        return new Parts(parts, has1, has2, both, markers);
    }

    /** A copy of slice {@code z} of the squared EDT ({@code dims.sliceSize()} values). */
    public int[] squaredSlice(int z) {
        VoxelInts d = distances();
        if (z < 0 || z >= dims.nz()) {
            throw new IllegalArgumentException("slice " + z + " outside 0.." + (dims.nz() - 1) + " of " + dims);
        }
        int s = dims.sliceSize();
        int[] slice = new int[s];
        for (int i = 0; i < s; i++) {
            slice[i] = d.get(z * s + i);
        }
        return slice;
    }

    /** {@code d = d * keep}: the distance becomes 0 wherever {@code keep} is false. */
    public void zeroOutside(boolean[] keep) {
        VoxelInts d = distances();
        DistanceTransform.checkLength(keep.length, dims, "keep");
        executor.forRange(keep.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (!keep[i]) {
                    d.set(i, 0);
                }
            }
        });
    }

    /** {@code label(EDT > depth)} with {@link Connectivity#FULL} ({@link ConnectedComponents#label}). */
    public Labeling labelDeeperThan(int depth) {
        return ConnectedComponents.label(deeperThan(depth), dims, Connectivity.FULL, executor);
    }

    /** {@code EDT > depth} as a new mask. */
    private boolean[] deeperThan(int depth) {
        VoxelInts d = distances();
        long sq = (long) depth * depth;
        boolean[] deep = new boolean[dims.size()];
        executor.forRange(deep.length, (from, to) -> d.greaterThan(sq, from, to, deep));
        return deep;
    }

    /**
     * Floods from {@code markers} (length {@code dims.size()}, 0 = none, &gt; 0 = label; only read)
     * inside {@code mask} (null = everywhere). Consumes the distances.
     *
     * @throws IllegalArgumentException if a length does not match or a marker is negative
     */
    public Regions flood(int[] markers, boolean[] mask) {
        return flood(markers, mask, -1);
    }

    /**
     * Floods from markers that all lie on slice {@code z}: {@code sliceMarkers} ({@code dims.sliceSize()}
     * values, 0 = none) placed on that slice, every other slice without markers. Consumes the distances.
     * Memory: the volume of markers takes one byte per voxel when every marker is in 0..255, else four.
     */
    public Regions floodFromSlice(int z, int[] sliceMarkers, boolean[] mask) {
        distances();
        if (z < 0 || z >= dims.nz() || sliceMarkers.length != dims.sliceSize()) {
            throw new IllegalArgumentException("markers of " + sliceMarkers.length + " pixels on slice " + z
                    + " do not fit " + dims);
        }
        int offset = z * dims.sliceSize();
        int high = 0;
        for (int m : sliceMarkers) {
            high |= m;
        }
        if ((high & ~0xff) == 0) { // every marker in 0..255
            byte[] markers = new byte[dims.size()];
            for (int i = 0; i < sliceMarkers.length; i++) {
                markers[offset + i] = (byte) sliceMarkers[i];
            }
            return flood(markers, mask);
        }
        int[] markers = new int[dims.size()];
        System.arraycopy(sliceMarkers, 0, markers, offset, sliceMarkers.length);
        return flood(markers, mask);
    }

    /**
     * Floods from int markers; short distances are widened first when a marker exceeds
     * {@link Short#MAX_VALUE} (the labels would not fit them).
     */
    private Regions flood(int[] markers, boolean[] mask, int markerCount) {
        DistanceTransform.checkLength(markers.length, dims, "markers");
        VoxelInts d = distances();
        if (d instanceof VoxelInts.Shorts shorts && !labelsFitShorts(markers)) {
            int[] wide = new int[shorts.length()];
            for (int i = 0; i < wide.length; i++) {
                wide[i] = shorts.a[i];
            }
            squared = VoxelInts.of(wide);
        }
        VoxelInts priority = negated();
        VoxelInts labels = priority instanceof VoxelInts.Shorts s
                ? VoxelInts.of(Watershed.floodInPlace(s.a, markers, mask, dims, Connectivity.FACE, executor))
                : VoxelInts.of(Watershed.floodInPlace(((VoxelInts.Ints) priority).a, markers, mask, dims,
                        Connectivity.FACE, executor));
        return new Regions(dims, labels, markerCount, executor);
    }

    /** True if every marker is at most {@link Short#MAX_VALUE} (negative ones are the flood's to report). */
    private boolean labelsFitShorts(int[] markers) {
        int[] high = {0};
        executor.forRange(dims.size(), (from, to) -> {
            int h = 0;
            for (int i = from; i < to; i++) {
                h |= markers[i] & ~Short.MAX_VALUE;
            }
            synchronized (high) {
                high[0] |= h;
            }
        });
        return high[0] == 0;
    }

    /** Floods from byte markers (read unsigned, 0 = none); the marker count is not known (-1). */
    private Regions flood(byte[] markers, boolean[] mask) {
        VoxelInts priority = negated();
        VoxelInts labels = priority instanceof VoxelInts.Shorts s
                ? VoxelInts.of(Watershed.floodInPlace(s.a, markers, mask, dims, Connectivity.FACE, executor))
                : VoxelInts.of(Watershed.floodInPlace(((VoxelInts.Ints) priority).a, markers, mask, dims,
                        Connectivity.FACE, executor));
        return new Regions(dims, labels, -1, executor);
    }

    /** The priorities of the flood, {@code -EDT^2} in place (the deepest voxels first); consumes the distances. */
    private VoxelInts negated() {
        VoxelInts d = distances();
        executor.forRange(dims.size(), d::negate);
        squared = null;
        return d;
    }

    private VoxelInts distances() {
        if (squared == null) {
            throw new IllegalStateException("this distance transform has been flooded already");
        }
        return squared;
    }

    /**
     * The labels of a flood: the marker label that reached each voxel, 0 for voxels outside the mask
     * and voxels no marker reached. Holds the flood's one array (ints or shorts) until it is dropped. For
     * {@link #floodFromFirstSlice} the flood covered the leading slices only: the voxels beyond them
     * read 0.
     */
    public static final class Regions {
        private final Dims dims;
        /** Labels in the first {@code labelled} entries (the array may be longer); the later voxels are 0. */
        private final VoxelInts labels;
        private final int labelled;
        private final int markerCount;
        private final TaskExecutor executor;

        private Regions(Dims dims, VoxelInts labels, int markerCount, TaskExecutor executor) {
            this(dims, labels, dims.size(), markerCount, executor);
        }

        private Regions(Dims dims, VoxelInts labels, int labelled, int markerCount, TaskExecutor executor) {
            this.dims = dims;
            this.labels = labels;
            this.labelled = labelled;
            this.markerCount = markerCount;
            this.executor = executor;
        }

        /** These labels on the grid {@code full}, whose leading slices this flood covered (0 beyond). */
        private Regions within(Dims full) {
            return new Regions(full, labels, labelled, markerCount, executor);
        }

        /** The label at flat index {@code i} (C order). */
        public int labelAt(int i) {
            Objects.checkIndex(i, dims.size());
            return i < labelled ? labels.get(i) : 0;
        }

        /**
         * The number of marker components ({@link #floodFromDeepRegions}), -1 when the caller gave them
         * or they were merged ({@link #floodFromDeepRegionOf}).
         */
        public int markerCount() {
            return markerCount;
        }

        /** {@code labels == label} written into {@code out} (length {@code dims.size()}), which is returned. */
        public boolean[] regionInto(int label, boolean[] out) {
            DistanceTransform.checkLength(out.length, dims, "out");
            executor.forRange(out.length, (from, to) -> {
                int end = Math.min(to, labelled);
                if (from < end) {
                    labels.equalTo(label, from, end, out);
                }
                for (int i = Math.max(from, end); i < to; i++) {
                    out[i] = label == 0;
                }
            });
            return out;
        }

        /** {@code labels == label} as a new mask. */
        public boolean[] region(int label) {
            return regionInto(label, new boolean[dims.size()]);
        }

        /** {@code within AND labels != label} as a new mask (also the voxels no marker reached). */
        public boolean[] otherThan(int label, boolean[] within) {
            DistanceTransform.checkLength(within.length, dims, "within");
            boolean[] out = new boolean[within.length];
            executor.forRange(out.length, (from, to) -> {
                int end = Math.min(to, labelled);
                for (int i = from; i < end; i++) {
                    out[i] = within[i] && labels.get(i) != label;
                }
                for (int i = Math.max(from, end); i < to; i++) {
                    out[i] = within[i] && label != 0;
                }
            });
            return out;
        }
    }
}
