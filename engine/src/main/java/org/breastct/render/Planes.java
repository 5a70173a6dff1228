package org.breastct.render;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;

/**
 * The tip and the representative planes of docs/method.md section 3, on the flat C-order arrays.
 *
 * <p>Planes are returned as 2-D volumes ({@code nz == 1}) with the same id, oriented as numpy
 * indexing gives them (see {@link Plane}): coronal {@code vol[z]} has ny rows and nx columns;
 * sagittal {@code vol[:, :, col]} has nz rows (slice 0 first) and ny columns; transversal
 * {@code vol[:, row, :]} has nz rows and nx columns. Their spacing is (row, row, column) of the
 * source axes. O(plane size), except the sagittal plane, which reads one voxel per row of the volume.
 */
public final class Planes {

    /** Number of last slices searched for the tip (scripts: {@code for l in range(50)}). */
    public static final int TIP_SEARCH_SLICES = 50;

    private Planes() {
    }

    /**
     * The tip: the last slice with a non-zero label among the last {@value #TIP_SEARCH_SLICES}
     * slices and the centre of mass (mean row, mean column, each truncated toward zero) of its
     * non-zero labels. If none of those slices has a label, the last labelled slice anywhere
     * ({@link Tip.Source#FALLBACK}); if the volume has no label, the last slice and the slice centre
     * ({@code ny / 2, nx / 2}, {@link Tip.Source#EMPTY}). O(voxels of the slices searched).
     */
    public static Tip tip(ByteVolume labels) {
        Dims d = labels.dims();
        byte[] a = labels.data();
        int nz = d.nz();
        int lastSearched = Math.max(0, nz - TIP_SEARCH_SLICES);
        for (int z = nz - 1; z >= 0; z--) {
            int[] com = centreOfMass(a, d, z);
            if (com != null) {
                return new Tip(z, com[0], com[1], z >= lastSearched ? Tip.Source.LAST_50 : Tip.Source.FALLBACK);
            }
        }
        return new Tip(Math.max(0, nz - 1), d.ny() / 2, d.nx() / 2, Tip.Source.EMPTY);
    }

    /** Mean (row, col) of the non-zero labels of slice z, truncated toward zero; null if none. */
    static int[] centreOfMass(byte[] a, Dims d, int z) {
        int ny = d.ny();
        int nx = d.nx();
        long n = 0;
        long sumRow = 0;
        long sumCol = 0;
        int i = z * d.sliceSize();
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++, i++) {
                if (a[i] != 0) {
                    n++;
                    sumRow += y;
                    sumCol += x;
                }
            }
        }
        if (n == 0) {
            return null;
        }
        return new int[] {(int) ((double) sumRow / n), (int) ((double) sumCol / n)};
    }

    /** The slice with the most non-zero labels (ties and an empty volume: the lowest index, 0). */
    public static int largestTransection(ByteVolume labels) {
        Dims d = labels.dims();
        byte[] a = labels.data();
        int sliceSize = d.sliceSize();
        int best = 0;
        long bestCount = -1;
        for (int z = 0; z < d.nz(); z++) {
            long c = 0;
            int end = (z + 1) * sliceSize;
            for (int i = z * sliceSize; i < end; i++) {
                if (a[i] != 0) {
                    c++;
                }
            }
            if (c > bestCount) {
                bestCount = c;
                best = z;
            }
        }
        return best;
    }

    /** {@code vol[z]}: ny rows x nx columns. */
    public static ShortVolume coronal(ShortVolume v, int z) {
        checkIndex(v, "slice", z, v.dims().nz());
        Dims d = v.dims();
        short[] out = new short[d.sliceSize()];
        System.arraycopy(v.data(), z * d.sliceSize(), out, 0, out.length);
        return new ShortVolume(v.id(), Dims.slice(d.ny(), d.nx()), coronalSpacing(v.spacing()), out);
    }

    /** {@code vol[z]}: ny rows x nx columns. */
    public static ByteVolume coronal(ByteVolume v, int z) {
        checkIndex(v, "slice", z, v.dims().nz());
        Dims d = v.dims();
        byte[] out = new byte[d.sliceSize()];
        System.arraycopy(v.data(), z * d.sliceSize(), out, 0, out.length);
        return new ByteVolume(v.id(), Dims.slice(d.ny(), d.nx()), coronalSpacing(v.spacing()), out);
    }

    /** {@code vol[:, :, col]}: nz rows x ny columns. */
    public static ShortVolume sagittal(ShortVolume v, int col) {
        checkIndex(v, "column", col, v.dims().nx());
        Dims d = v.dims();
        short[] src = v.data();
        int rows = d.nz() * d.ny();
        short[] out = new short[rows];
        for (int r = 0, i = col; r < rows; r++, i += d.nx()) {
            out[r] = src[i];
        }
        return new ShortVolume(v.id(), Dims.slice(d.nz(), d.ny()), sagittalSpacing(v.spacing()), out);
    }

    /** {@code vol[:, :, col]}: nz rows x ny columns. */
    public static ByteVolume sagittal(ByteVolume v, int col) {
        checkIndex(v, "column", col, v.dims().nx());
        Dims d = v.dims();
        byte[] src = v.data();
        int rows = d.nz() * d.ny();
        byte[] out = new byte[rows];
        for (int r = 0, i = col; r < rows; r++, i += d.nx()) {
            out[r] = src[i];
        }
        return new ByteVolume(v.id(), Dims.slice(d.nz(), d.ny()), sagittalSpacing(v.spacing()), out);
    }

    /** {@code vol[:, row, :]}: nz rows x nx columns. */
    public static ShortVolume transversal(ShortVolume v, int row) {
        checkIndex(v, "row", row, v.dims().ny());
        Dims d = v.dims();
        short[] out = new short[d.nz() * d.nx()];
        for (int z = 0; z < d.nz(); z++) {
            System.arraycopy(v.data(), d.index(z, row, 0), out, z * d.nx(), d.nx());
        }
        return new ShortVolume(v.id(), Dims.slice(d.nz(), d.nx()), transversalSpacing(v.spacing()), out);
    }

    /** {@code vol[:, row, :]}: nz rows x nx columns. */
    public static ByteVolume transversal(ByteVolume v, int row) {
        checkIndex(v, "row", row, v.dims().ny());
        Dims d = v.dims();
        byte[] out = new byte[d.nz() * d.nx()];
        for (int z = 0; z < d.nz(); z++) {
            System.arraycopy(v.data(), d.index(z, row, 0), out, z * d.nx(), d.nx());
        }
        return new ByteVolume(v.id(), Dims.slice(d.nz(), d.nx()), transversalSpacing(v.spacing()), out);
    }

    private static void checkIndex(Volume v, String what, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("volume '" + v.id() + "' (" + v.dims() + "): " + what + " " + index
                    + " is outside 0.." + (size - 1));
        }
    }

    private static Spacing coronalSpacing(Spacing s) {
        return new Spacing(s.y(), s.y(), s.x());
    }

    private static Spacing sagittalSpacing(Spacing s) {
        return new Spacing(s.z(), s.z(), s.y());
    }

    private static Spacing transversalSpacing(Spacing s) {
        return new Spacing(s.z(), s.z(), s.x());
    }
}
