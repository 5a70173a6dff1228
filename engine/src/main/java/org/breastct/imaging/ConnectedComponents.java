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
 * <p><b>Algorithm.</b> Two-pass labelling with union-find (Rosenfeld &amp; Pfaltz, "Sequential
 * operations in digital picture processing", J. ACM 13 (1966) 471-494, DOI 10.1145/321356.321357;
 * union-find with path halving): the volume is cut into slabs of whole slices (rows in 2-D), each
 * slab is scanned in parallel in raster order against its already-visited neighbours (the
 * backward half of the neighbourhood), provisional labels are merged in a per-slab union-find on
 * int arrays (with FULL connectivity a voxel whose left neighbour is foreground only needs its
 * dx = +1 neighbours: the others were merged with the left neighbour already), then the slab
 * borders are stitched in one global union-find whose roots are always the provisional label with
 * the earliest first voxel, and a last parallel pass writes the final numbers. Time O(n alpha(n));
 * memory: the int label output plus O(number of provisional labels) ints.
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
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(connectivity, "connectivity");
        Objects.requireNonNull(executor, "executor");
        DistanceTransform.checkLength(foreground.length, dims, "foreground");
        int n = dims.size();
        int[] labels = new int[n];
        if (n == 0) {
            return new Labeling(dims, labels, 0, new int[1], new int[1]);
        }
        boolean is3d = dims.nz() > 1;
        int units = is3d ? dims.nz() : dims.ny();
        int unitSize = is3d ? dims.ny() * dims.nx() : dims.nx();
        int slabs = executor.threads() <= 1 ? 1 : Math.min(units, executor.threads() * 4);
        int[][] nb = backwardNeighbours(dims, connectivity);
        Slab[] slab = new Slab[slabs];
        executor.forEach(slabs, s -> {
            int u0 = (int) ((long) units * s / slabs);
            int u1 = (int) ((long) units * (s + 1) / slabs);
            slab[s] = scan(foreground, labels, dims, nb, u0 * unitSize, u1 * unitSize);
        });

        // global provisional ids: slab s uses offset[s] + 1 .. offset[s] + slab[s].roots
        int[] offset = new int[slabs + 1];
        for (int s = 0; s < slabs; s++) {
            offset[s + 1] = Math.addExact(offset[s], slab[s].roots);
        }
        int total = offset[slabs];
        int[] parent = new int[total + 1];
        for (int g = 0; g <= total; g++) {
            parent[g] = g;
        }
        for (int s = 1; s < slabs; s++) {
            int i0 = (int) ((long) units * s / slabs) * unitSize;
            stitch(foreground, labels, dims, nb, i0, i0 + unitSize, slab[s], offset[s], slab[s - 1],
                    offset[s - 1], parent);
        }
        // final numbering: ids are in order of first voxel and roots are minimal ids
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
            for (int c = 1; c <= sl.roots; c++) {
                int g = offset[s] + c;
                int f = finalOf[g];
                sizes[f] += sl.rootSize[c];
                if (find(parent, g) == g) {
                    first[f] = sl.rootFirst[c];
                }
            }
        }
        executor.forEach(slabs, s -> {
            int u0 = (int) ((long) units * s / slabs);
            int u1 = (int) ((long) units * (s + 1) / slabs);
            Slab sl = slab[s];
            int[] table = new int[sl.provisional + 1];
            for (int l = 1; l <= sl.provisional; l++) {
                table[l] = finalOf[offset[s] + sl.rootOf[l]];
            }
            for (int i = u0 * unitSize, end = u1 * unitSize; i < end; i++) {
                int l = labels[i];
                if (l != 0) {
                    labels[i] = table[l];
                }
            }
        });
        return new Labeling(dims, labels, count, sizes, first);
    }

    /**
     * LCC: a new mask holding only the largest component (ties: the lowest label); all false if the
     * input is empty.
     */
    public static boolean[] largest(boolean[] foreground, Dims dims, Connectivity connectivity, TaskExecutor executor) {
        Labeling lab = label(foreground, dims, connectivity, executor);
        int best = lab.largest();
        boolean[] out = new boolean[foreground.length];
        if (best == 0) {
            return out;
        }
        int[] l = lab.labels();
        executor.forRange(out.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                out[i] = l[i] == best;
            }
        });
        return out;
    }

    /** Result of scanning one slab: provisional labels 1..provisional, merged into roots 1..roots. */
    private static final class Slab {
        int provisional;
        int roots;
        /** provisional label -> compact root id 1..roots (in order of first voxel). */
        int[] rootOf;
        int[] rootFirst;
        int[] rootSize;
    }

    /**
     * Backward neighbours (already visited in a raster scan) as rows {dz, dy, dx}. 2-D grids have
     * no z neighbours.
     */
    static int[][] backwardNeighbours(Dims dims, Connectivity connectivity) {
        boolean is3d = dims.nz() > 1;
        int[][] all = new int[13][];
        int k = 0;
        for (int dz = is3d ? -1 : 0; dz <= 0; dz++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    boolean backward = dz < 0 || (dz == 0 && (dy < 0 || (dy == 0 && dx < 0)));
                    if (!backward) {
                        continue;
                    }
                    int hops = Math.abs(dz) + Math.abs(dy) + Math.abs(dx);
                    if (connectivity == Connectivity.FACE && hops > 1) {
                        continue;
                    }
                    all[k++] = new int[] {dz, dy, dx};
                }
            }
        }
        return Arrays.copyOf(all, k);
    }

    private static Slab scan(boolean[] fg, int[] labels, Dims dims, int[][] nb, int i0, int i1) {
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        int m = nb.length;
        int[] ndz = new int[m];
        int[] ndy = new int[m];
        int[] ndx = new int[m];
        int[] noff = new int[m];
        for (int k = 0; k < m; k++) {
            ndz[k] = nb[k][0];
            ndy[k] = nb[k][1];
            ndx[k] = nb[k][2];
            noff[k] = (ndz[k] * ny + ndy[k]) * nx + ndx[k];
        }
        // FULL connectivity: when the left neighbour is foreground, every backward neighbour with
        // dx <= 0 is also a neighbour of the left voxel and was already merged with it, so only
        // the dx = +1 neighbours remain to be checked
        boolean full = false;
        for (int k = 0; k < m; k++) {
            full |= Math.abs(ndz[k]) + Math.abs(ndy[k]) + Math.abs(ndx[k]) > 1;
        }
        int[] plusX = new int[m];
        int nPlus = 0;
        for (int k = 0; k < m; k++) {
            if (ndx[k] == 1) {
                plusX[nPlus++] = k;
            }
        }
        int[] parent = new int[1024];
        int[] first = new int[1024];
        int[] size = new int[1024];
        int count = 0;
        int z = i0 / sliceSize;
        int y = (i0 % sliceSize) / nx;
        int x = 0;
        for (int i = i0; i < i1; i++) {
            if (fg[i] && full && x > 0 && fg[i - 1]) {
                int lab = labels[i - 1];
                for (int q = 0; q < nPlus; q++) {
                    int k = plusX[q];
                    if (x + 1 >= nx || y + ndy[k] < 0 || y + ndy[k] >= ny || z + ndz[k] < 0) {
                        continue;
                    }
                    int j = i + noff[k];
                    if (j < i0) {
                        continue;
                    }
                    int l = labels[j];
                    if (l != 0 && l != lab) {
                        union(parent, lab, l);
                    }
                }
                size[lab]++;
                labels[i] = lab;
            } else if (fg[i]) {
                int lab = 0;
                for (int k = 0; k < m; k++) {
                    int xx = x + ndx[k];
                    int yy = y + ndy[k];
                    if (xx < 0 || xx >= nx || yy < 0 || yy >= ny || z + ndz[k] < 0) {
                        continue;
                    }
                    int j = i + noff[k];
                    if (j < i0) {
                        continue;
                    }
                    int l = labels[j];
                    if (l == 0) {
                        continue;
                    }
                    if (lab == 0) {
                        lab = l;
                    } else if (l != lab) {
                        union(parent, lab, l);
                    }
                }
                if (lab == 0) {
                    lab = ++count;
                    if (count == parent.length) {
                        int len = parent.length > Integer.MAX_VALUE / 2 - 16 ? Integer.MAX_VALUE - 16
                                : parent.length * 2;
                        parent = Arrays.copyOf(parent, len);
                        first = Arrays.copyOf(first, len);
                        size = Arrays.copyOf(size, len);
                    }
                    parent[lab] = lab;
                    first[lab] = i;
                }
                size[lab]++;
                labels[i] = lab;
            }
            if (++x == nx) {
                x = 0;
                if (++y == ny) {
                    y = 0;
                    z++;
                }
            }
        }
        Slab s = new Slab();
        s.provisional = count;
        s.rootOf = new int[count + 1];
        int roots = 0;
        for (int l = 1; l <= count; l++) {
            int r = find(parent, l);
            s.rootOf[l] = r == l ? ++roots : s.rootOf[r];
        }
        s.roots = roots;
        s.rootFirst = new int[roots + 1];
        s.rootSize = new int[roots + 1];
        for (int l = 1; l <= count; l++) {
            int c = s.rootOf[l];
            if (parent[l] == l) {
                s.rootFirst[c] = first[l];
            }
            s.rootSize[c] += size[l];
        }
        return s;
    }

    /** Unions the components meeting across the border between a slab's first unit and the unit before it. */
    private static void stitch(boolean[] fg, int[] labels, Dims dims, int[][] nb, int i0, int i1, Slab cur,
            int curOffset, Slab prev, int prevOffset, int[] parent) {
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        for (int i = i0; i < i1; i++) {
            if (!fg[i]) {
                continue;
            }
            int z = i / sliceSize;
            int y = (i % sliceSize) / nx;
            int x = i % nx;
            int gi = curOffset + cur.rootOf[labels[i]];
            for (int[] d : nb) {
                int xx = x + d[2];
                int yy = y + d[1];
                int zz = z + d[0];
                if (xx < 0 || xx >= nx || yy < 0 || yy >= ny || zz < 0) {
                    continue;
                }
                int j = (zz * ny + yy) * nx + xx;
                if (j >= i0 || labels[j] == 0) {
                    continue;
                }
                union(parent, gi, prevOffset + prev.rootOf[labels[j]]);
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
