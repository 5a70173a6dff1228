package org.breastct.imaging;

import java.util.Arrays;
import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Connected-component labelling of a binary volume (2-D when {@code nz == 1}).
 *
 * <p><b>Contract.</b> Input: {@code foreground} of length {@code dims.size()}, C order; true voxels
 * are labelled. Connectivity: {@link Connectivity#FULL} = 8 (2-D) / 26 (3-D) neighbours,
 * {@link Connectivity#FACE} = 4 / 6. Nothing outside the array is a neighbour. Output: a
 * {@link Labeling} whose labels are 1..count, numbered in raster (C) order of each component's
 * first voxel, background 0 — the numbering of {@code skimage.measure.label(fg, connectivity=1 or
 * ndim)} and of {@code scipy.ndimage.label(fg, structure)} with the matching structure. The input
 * is not modified. The result is identical for any thread count.
 *
 * <p><b>Algorithm.</b> Run-based two-pass labelling with union-find (Rosenfeld &amp; Pfaltz,
 * "Sequential operations in digital picture processing", J. ACM 13 (1966) 471-494, DOI
 * 10.1145/321356.321357; on runs as in He, Chao &amp; Suzuki, "A run-based two-scan labeling
 * algorithm", IEEE TIP 17 (2008) 749-756, DOI 10.1109/TIP.2008.919369): every row (fixed z, y) is
 * cut into runs of foreground voxels; the volume is cut into slabs of whole slices (rows in 2-D),
 * scanned in parallel in raster order. A run touches the runs of the already-visited neighbour rows
 * ((z, y-1) and, in 3-D, (z-1, y-1 .. y+1) for FULL; (z, y-1) and (z-1, y) for FACE) that overlap
 * it, widened by one voxel on each side for FULL; they are found with a merge of the two sorted run
 * lists. A run touching none gets a new provisional label (so labels are created in raster order
 * of their first voxel); otherwise it takes the first touched run's label and merges the others in
 * a union-find on int arrays whose root is always the smallest label. The slab borders are then
 * stitched in one global union-find, the roots numbered in order and the runs filled with their
 * final labels in parallel. Time O(n) to find the runs plus O(r alpha(r)) for r runs; memory: the
 * int label output plus 12 bytes per run.
 */
public final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /**
     * Labels the true voxels of {@code foreground} (length dims.size()) with the given connectivity
     * (nz == 1: 2-D). Labels 1..count are numbered in raster order of each component's first voxel.
     *
     * @throws IllegalArgumentException if the array length does not match {@code dims}
     */
    public static Labeling label(boolean[] foreground, Dims dims, Connectivity connectivity, TaskExecutor executor) {
        Components runs = runs(foreground, dims, connectivity, executor);
        int[] labels = new int[dims.size()];
        runs.fill(executor, (base, from, to, label) -> Arrays.fill(labels, base + from, base + to, label));
        return new Labeling(dims, labels, runs.count, runs.sizes, runs.first);
    }

    /**
     * The components of {@code foreground} as {@link #label} numbers them, without the int label of every
     * voxel ({@link Components}): for callers that need sizes, first voxels or a few components' masks.
     *
     * @throws IllegalArgumentException if the array length does not match {@code dims}
     */
    public static Components components(boolean[] foreground, Dims dims, Connectivity connectivity,
            TaskExecutor executor) {
        return runs(foreground, dims, connectivity, executor);
    }

    /**
     * LCC: a new mask holding only the largest component (ties: the lowest label); all false if the
     * input is empty. No int labels are made (the runs are filled directly).
     */
    public static boolean[] largest(boolean[] foreground, Dims dims, Connectivity connectivity, TaskExecutor executor) {
        Components runs = runs(foreground, dims, connectivity, executor);
        return runs.mask(runs.largest(), executor);
    }

    /** One run to fill: flat index base of its row, x range [from, to), final label. */
    @FunctionalInterface
    interface RunFill {
        void fill(int base, int from, int to, int label);
    }

    /**
     * The components of a mask as {@link #label} numbers them (1..count, raster order of the first voxel),
     * kept as the row runs of every slab with their final labels instead of an int label per voxel:
     * component sizes, first voxels, the label of a voxel and masks of chosen components. Memory: about
     * 20 bytes per run and 8 per component.
     */
    public static final class Components {
        private final Dims dims;
        private final Slab[] slab;
        private final int[] offset;
        private final int[] finalOf;
        private final int count;
        private final int[] sizes;
        private final int[] first;

        private Components(Dims dims, Slab[] slab, int[] offset, int[] finalOf, int count, int[] sizes,
                int[] first) {
            this.dims = dims;
            this.slab = slab;
            this.offset = offset;
            this.finalOf = finalOf;
            this.count = count;
            this.sizes = sizes;
            this.first = first;
        }

        /** The number of components. */
        public int count() {
            return count;
        }

        /** The number of voxels of component {@code label} (1..count). */
        public int size(int label) {
            Objects.checkIndex(label - 1, count);
            return sizes[label];
        }

        /** The largest component's label; ties go to the lowest label; 0 when there is none. */
        public int largest() {
            return Labeling.largestOf(sizes, count);
        }

        /** The flat index (C order) of the raster-first voxel of component {@code label} (1..count). */
        public int firstIndex(int label) {
            Objects.checkIndex(label - 1, count);
            return first[label];
        }

        /** The voxels of component {@code label} as a new mask; all false for label 0. */
        public boolean[] mask(int label, TaskExecutor executor) {
            Objects.checkIndex(label, count + 1);
            boolean[] keep = new boolean[count + 1];
            keep[label] = true;
            return select(keep, executor);
        }

        /**
         * The components whose label l has {@code keep[l]} (length at least count + 1; entry 0 is not
         * read) as a new mask.
         */
        public boolean[] select(boolean[] keep, TaskExecutor executor) {
            if (keep.length <= count) {
                throw new IllegalArgumentException("keep has " + keep.length + " entries for " + count
                        + " components (count + 1 needed)");
            }
            boolean[] k = keep.clone();
            k[0] = false;
            return fillComponents(k, new boolean[dims.size()], executor);
        }

        /** Sets the voxels of the runs whose final label l has {@code keep[l]} in {@code out}, which is returned. */
        boolean[] fillComponents(boolean[] keep, boolean[] out, TaskExecutor executor) {
            fill(executor, (base, from, to, label) -> {
                if (keep[label]) {
                    Arrays.fill(out, base + from, base + to, true);
                }
            });
            return out;
        }

        /**
         * The label of the component holding flat index {@code i} (C order), 0 for a background voxel.
         * O(slabs + runs of the voxel's row).
         */
        public int labelAt(int i) {
            Objects.checkIndex(i, dims.size());
            int nx = dims.nx();
            int r = i / nx;
            int x = i - r * nx;
            for (int s = 0; s < slab.length; s++) {
                Slab sl = slab[s];
                if (r < sl.r0 || r >= sl.r1) {
                    continue;
                }
                for (int q = sl.rowStart[r - sl.r0], end = sl.rowStart[r - sl.r0 + 1]; q < end; q++) {
                    if (sl.runStart[q] <= x && x <= sl.runEnd[q]) {
                        return finalOf[offset[s] + sl.runLabel[q]];
                    }
                }
            }
            return 0;
        }

        /** Visits every run with its final label, slabs in parallel. */
        void fill(TaskExecutor executor, RunFill body) {
            int nx = dims.nx();
            executor.forEach(slab.length, s -> {
                Slab sl = slab[s];
                int o = offset[s];
                for (int r = sl.r0; r < sl.r1; r++) {
                    int base = r * nx;
                    for (int q = sl.rowStart[r - sl.r0], end = sl.rowStart[r - sl.r0 + 1]; q < end; q++) {
                        body.fill(base, sl.runStart[q], sl.runEnd[q] + 1, finalOf[o + sl.runLabel[q]]);
                    }
                }
            });
        }
    }

    /** Scans, stitches and numbers the runs of {@code foreground} (see the class comment). */
    private static Components runs(boolean[] foreground, Dims dims, Connectivity connectivity, TaskExecutor executor) {
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(connectivity, "connectivity");
        Objects.requireNonNull(executor, "executor");
        DistanceTransform.checkLength(foreground.length, dims, "foreground");
        int n = dims.size();
        if (n == 0) {
            return new Components(dims, new Slab[0], new int[1], new int[1], 0, new int[1], new int[1]);
        }
        boolean is3d = dims.nz() > 1;
        int ny = dims.ny();
        int units = is3d ? dims.nz() : ny;
        int rowsPerUnit = is3d ? ny : 1;
        int slabs = executor.threads() <= 1 ? 1 : Math.min(units, executor.threads() * 4);
        int[][] nb = neighbourRows(is3d, connectivity);
        int ext = connectivity == Connectivity.FULL ? 1 : 0;
        Slab[] slab = new Slab[slabs];
        executor.forEach(slabs, s -> {
            int r0 = (int) ((long) units * s / slabs) * rowsPerUnit;
            int r1 = (int) ((long) units * (s + 1) / slabs) * rowsPerUnit;
            slab[s] = scan(foreground, dims, nb, ext, r0, r1);
        });

        // global provisional ids: slab s uses offset[s] + 1 .. offset[s] + slab[s].count
        int[] offset = new int[slabs + 1];
        for (int s = 0; s < slabs; s++) {
            offset[s + 1] = Math.addExact(offset[s], slab[s].count);
        }
        int total = offset[slabs];
        int[] parent = new int[total + 1];
        for (int s = 0; s < slabs; s++) {
            int[] lp = slab[s].parent;
            int o = offset[s];
            for (int l = 1; l <= slab[s].count; l++) {
                parent[o + l] = o + find(lp, l);
            }
        }
        for (int s = 1; s < slabs; s++) {
            stitch(dims, nb, ext, slab[s], offset[s], slab[s - 1], offset[s - 1], rowsPerUnit, parent);
        }
        // final numbering: ids are in raster order of their first voxel and roots are minimal ids
        int[] finalOf = new int[total + 1];
        int count = 0;
        for (int g = 1; g <= total; g++) {
            int r = find(parent, g);
            finalOf[g] = r == g ? ++count : finalOf[r];
        }
        int[] sizes = new int[count + 1];
        int[] first = new int[count + 1];
        for (int s = 0; s < slabs; s++) {
            Slab sl = slab[s];
            int o = offset[s];
            for (int l = 1; l <= sl.count; l++) {
                if (parent[o + l] == o + l) {
                    first[finalOf[o + l]] = sl.firstVoxel[l];
                }
            }
            for (int q = 0; q < sl.runs; q++) {
                sizes[finalOf[o + sl.runLabel[q]]] += sl.runEnd[q] - sl.runStart[q] + 1;
            }
        }
        return new Components(dims, slab, offset, finalOf, count, sizes, first);
    }

    /**
     * The component of {@code foreground} that holds voxel {@code seed}: a new mask, true exactly on
     * the foreground voxels joined to {@code seed} by a path of foreground voxels, each step to a
     * neighbour of the given connectivity ({@link Connectivity#FULL} = 8 / 26, {@link Connectivity#FACE}
     * = 4 / 6; nz == 1: 2-D; nothing outside the array is a neighbour). All false if
     * {@code foreground[seed]} is false. {@link #componentsOf} with one seed.
     *
     * @throws IllegalArgumentException if the array length does not match {@code dims} or
     *                                  {@code seed} is outside {@code 0 .. dims.size() - 1}
     */
    public static boolean[] componentOf(boolean[] foreground, Dims dims, Connectivity connectivity, int seed,
            TaskExecutor executor) {
        return componentsOf(foreground, dims, connectivity, new int[] {seed}, executor);
    }

    /**
     * The union of the components of {@code foreground} that hold a voxel of {@code seeds} (flat
     * indices, C order; background seeds add nothing): a new mask, the same voxels as
     * {@code label(...).labels()[i]} being the label of some seed, without the int labels: the runs of
     * {@link #label} are scanned and stitched (in parallel, as there), and the runs of the seeds'
     * components are filled. Memory: the mask plus about 20 bytes per run and one byte per component.
     * The input is not modified; the result is the same for any executor.
     *
     * @throws IllegalArgumentException if the array length does not match {@code dims} or a seed is
     *                                  outside {@code 0 .. dims.size() - 1}
     */
    public static boolean[] componentsOf(boolean[] foreground, Dims dims, Connectivity connectivity, int[] seeds,
            TaskExecutor executor) {
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(dims, "dims");
        int n = dims.size();
        for (int seed : seeds) {
            if (seed < 0 || seed >= n) {
                throw new IllegalArgumentException("seed " + seed + " outside 0.." + (n - 1) + " of " + dims);
            }
        }
        Components runs = runs(foreground, dims, connectivity, executor);
        boolean[] keep = new boolean[runs.count + 1];
        for (int seed : seeds) {
            keep[runs.labelAt(seed)] = true;
        }
        keep[0] = false; // background seeds
        return runs.fillComponents(keep, new boolean[n], executor);
    }

    /**
     * Result of scanning the rows [r0, r1) of one slab: runs (x ranges, inclusive) in raster order,
     * {@code rowStart[r - r0]} the index of row r's first run; provisional labels 1..count with
     * their union-find parents (roots are minimal) and the flat index of their first voxel. The
     * scan's steps per row are small methods of their own ({@link #addRuns}, {@link #link},
     * {@link #newLabels}), which the JIT compiles early and separately.
     */
    private static final class Slab {
        final int r0;
        final int r1;
        final int[] rowStart;
        int runs;
        int[] runStart = new int[1024];
        int[] runEnd = new int[1024];
        int[] runLabel = new int[1024];
        int count;
        int[] parent = new int[1024];
        int[] firstVoxel = new int[1024];

        Slab(int r0, int r1) {
            this.r0 = r0;
            this.r1 = r1;
            rowStart = new int[r1 - r0 + 1];
        }

        /** Appends the runs of foreground voxels of the row starting at flat index base, unlabelled. */
        void addRuns(boolean[] fg, int base, int nx) {
            int x = 0;
            while (x < nx) {
                while (x < nx && !fg[base + x]) {
                    x++;
                }
                if (x == nx) {
                    break;
                }
                int a = x;
                while (x < nx && fg[base + x]) {
                    x++;
                }
                if (runs == runStart.length) {
                    int cap = grow(runs);
                    runStart = Arrays.copyOf(runStart, cap);
                    runEnd = Arrays.copyOf(runEnd, cap);
                    runLabel = Arrays.copyOf(runLabel, cap);
                }
                runStart[runs] = a;
                runEnd[runs] = x - 1;
                runLabel[runs] = 0;
                runs++;
            }
        }

        /**
         * Labels (or unites) the runs [rowFirst, runs) of the current row with the overlapping runs
         * of the earlier row {@code rr} of this slab (overlap widened by ext on both sides).
         */
        void link(int rowFirst, int rr, int ext) {
            int j = rowStart[rr - r0];
            int jEnd = rowStart[rr - r0 + 1];
            for (int q = rowFirst; q < runs && j < jEnd; q++) {
                int lo = runStart[q] - ext;
                int hi = runEnd[q] + ext;
                while (j < jEnd && runEnd[j] < lo) {
                    j++;
                }
                int lab = runLabel[q];
                for (int k = j; k < jEnd && runStart[k] <= hi; k++) {
                    int l = runLabel[k];
                    if (lab == 0) {
                        lab = l;
                    } else if (l != lab) {
                        union(parent, lab, l);
                    }
                }
                runLabel[q] = lab;
            }
        }

        /** Gives each still unlabelled run of the current row (from rowFirst) a new label. */
        void newLabels(int rowFirst, int base) {
            for (int q = rowFirst; q < runs; q++) {
                if (runLabel[q] == 0) {
                    int lab = ++count;
                    if (count == parent.length) {
                        int len = grow(parent.length);
                        parent = Arrays.copyOf(parent, len);
                        firstVoxel = Arrays.copyOf(firstVoxel, len);
                    }
                    parent[lab] = lab;
                    firstVoxel[lab] = base + runStart[q];
                    runLabel[q] = lab;
                }
            }
        }
    }

    /**
     * Already-visited neighbour rows of a row (z, y), as {dz, dy}: for FULL the rows whose voxels
     * touch the row's voxels in x - 1 .. x + 1, for FACE in x only. 2-D grids have no z neighbours.
     */
    static int[][] neighbourRows(boolean is3d, Connectivity connectivity) {
        if (!is3d) {
            return new int[][] {{0, -1}};
        }
        return connectivity == Connectivity.FULL ? new int[][] {{0, -1}, {-1, -1}, {-1, 0}, {-1, 1}}
                : new int[][] {{0, -1}, {-1, 0}};
    }

    private static Slab scan(boolean[] fg, Dims dims, int[][] nb, int ext, int r0, int r1) {
        int ny = dims.ny();
        int nx = dims.nx();
        Slab s = new Slab(r0, r1);
        for (int r = r0; r < r1; r++) {
            int rowFirst = s.runs;
            s.rowStart[r - r0] = rowFirst;
            int base = r * nx;
            s.addRuns(fg, base, nx);
            if (s.runs == rowFirst) {
                continue;
            }
            for (int[] d : nb) {
                int rr = neighbourRow(r, d, ny);
                if (rr >= r0) { // rows of the previous slab (and -1, none) are stitched later
                    s.link(rowFirst, rr, ext);
                }
            }
            s.newLabels(rowFirst, base);
        }
        s.rowStart[r1 - r0] = s.runs;
        return s;
    }

    /**
     * The index of the earlier row {@code d} = {dz, dy} away from row r (rows numbered z * ny + y),
     * or -1 where it lies outside the volume (y out of range or z below 0).
     */
    private static int neighbourRow(int r, int[] d, int ny) {
        int z = r / ny;
        int yy = r - z * ny + d[1];
        int zz = z + d[0];
        return yy < 0 || yy >= ny || zz < 0 ? -1 : zz * ny + yy;
    }

    private static int grow(int len) {
        if (len >= Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("too many runs or labels to hold in one array");
        }
        return len > Integer.MAX_VALUE / 2 - 16 ? Integer.MAX_VALUE - 16 : len * 2;
    }

    /**
     * Unions the components meeting across the border between a slab's first unit (slice, or row
     * in 2-D) and the last unit of the slab before it, in the global union-find.
     */
    private static void stitch(Dims dims, int[][] nb, int ext, Slab cur, int curOffset, Slab prev, int prevOffset,
            int rowsPerUnit, int[] parent) {
        int ny = dims.ny();
        for (int r = cur.r0; r < cur.r0 + rowsPerUnit; r++) {
            int q0 = cur.rowStart[r - cur.r0];
            int q1 = cur.rowStart[r - cur.r0 + 1];
            if (q0 == q1) {
                continue;
            }
            for (int[] d : nb) {
                int rr = neighbourRow(r, d, ny);
                if (rr < 0 || rr >= cur.r0) {
                    continue; // no such row, or inside the slab: done by the scan
                }
                int j = prev.rowStart[rr - prev.r0];
                int jEnd = prev.rowStart[rr - prev.r0 + 1];
                for (int q = q0; q < q1 && j < jEnd; q++) {
                    int lo = cur.runStart[q] - ext;
                    int hi = cur.runEnd[q] + ext;
                    while (j < jEnd && prev.runEnd[j] < lo) {
                        j++;
                    }
                    for (int k = j; k < jEnd && prev.runStart[k] <= hi; k++) {
                        union(parent, curOffset + cur.runLabel[q], prevOffset + prev.runLabel[k]);
                    }
                }
            }
        }
    }

    /** Root of {@code a}, with path halving. */
    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    /** Links the two roots; the smaller id becomes the root. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }
}
