package org.breastct.preprocessing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;

/**
 * Section 1 of the method ("DICOM to volume", docs/method.md 1.2-1.5) on a volume of stored values
 * already in slice order: whatever the values came from (a DICOM series, an unsigned NPY image),
 * this is where they become the int16 HU volume the segmentation reads.
 *
 * <ol>
 * <li>Rescale (1.2), per voxel with stored int16 value s: {@code s == -2000 -> 0} (padding); if the
 * slope is not 1, {@code s = (short)(int)(slope * s)} (double multiplication, truncation toward
 * zero); then {@code s + (short)(int)intercept} with int16 wrap-around, as numpy does.
 * <li>Cylinder ring (1.5, before the removal, fixing the scripts' defect): on slice
 * {@code settings.dummySlices()}, the R x C mask of pixels outside the radius
 * ({@link CylinderGeometry}) whose HU is above {@value #NON_EMPTY_HU}.
 * <li>Cylinder removal (1.3, if {@code settings.removeCylinder()}): those outside pixels become
 * {@value #AIR_HU} in every slice.
 * <li>Trimming (1.4, if {@code settings.trim()}): l = number of slices with any voxel above
 * {@value #NON_EMPTY_HU} HU; keep slices {@code [dummySlices, l)}. The scripts assume the non-empty
 * slices are contiguous from slice 0. When they are not, a warning names the first empty slice
 * below l; when slice 0 is empty and the last slice is not (the chest wall is at the end: the
 * slices are in reverse order) it is an error, because trimming would keep the wrong slices.
 * {@code l <= dummySlices} is an error too.
 * </ol>
 *
 * <p>Errors are {@link PreprocessingException}s naming {@code source} (e.g. "the series in
 * /data/P001"). Time O(voxels). Heap: the input array is converted in place (it is consumed); the
 * trimmed copy while trimming (at most twice the volume).
 */
public final class Preprocessing {

    /** HU threshold of "contains breast" used by trimming and the ring mask (docs/method.md 1.4, 1.5). */
    public static final int NON_EMPTY_HU = -500;

    /** Stored value of padding pixels outside the reconstruction circle (docs/method.md 1.2). */
    public static final int PADDING_STORED_VALUE = -2000;

    /** HU of air: what the cylinder removal writes (docs/method.md 1.3). */
    public static final short AIR_HU = -1024;

    private Preprocessing() {
    }

    /**
     * Applies steps 1.2-1.5 to {@code stored} (slices in order; its array is overwritten).
     *
     * @param rescale slope and intercept (of the first slice, for a DICOM series)
     * @param sliceName name of input slice z in messages (e.g. its file name), or null
     * @param source what the volume is, for messages ("the series in /data/P001")
     * @param progress reports per slice; cancellation is checked per slice
     * @return the HU volume (same id and spacing), the ring, the first kept slice and warnings
     * @throws PreprocessingException when trimming leaves nothing or the slices are reversed
     */
    public static PreprocessedVolume apply(ShortVolume stored, Rescale rescale, PreprocessingSettings settings,
            IntFunction<String> sliceName, String source, Progress progress) throws PreprocessingException {
        Dims d = stored.dims();
        int n = d.nz();
        int rows = d.ny();
        int cols = d.nx();
        int sliceSize = rows * cols;
        short[] data = stored.data();
        List<String> warnings = new ArrayList<>();
        int[] outsideIdx = trueIndices(CylinderGeometry.outsideMask(rows, cols, settings.cylinderMargin()));
        int ringSlice = settings.dummySlices();
        boolean[] ring = null;
        if (ringSlice >= n) {
            warnings.add(source + " has only " + n + " slices: no slice " + ringSlice
                    + " to take the cylinder ring from");
        }
        boolean[] nonEmpty = new boolean[n];
        short intercept = (short) (int) rescale.intercept();
        for (int z = 0; z < n; z++) {
            progress.checkCancelled();
            int off = z * sliceSize;
            toHu(data, off, sliceSize, rescale.slope(), intercept);
            if (z == ringSlice) {
                ring = new boolean[sliceSize];
                for (int k : outsideIdx) {
                    ring[k] = data[off + k] > NON_EMPTY_HU;
                }
            }
            if (settings.removeCylinder()) {
                for (int k : outsideIdx) {
                    data[off + k] = AIR_HU;
                }
            }
            nonEmpty[z] = anyAbove(data, off, sliceSize, NON_EMPTY_HU);
            progress.report((z + 1.0) / n, "slice " + (z + 1) + " of " + n + " to HU");
        }
        int from = 0;
        int to = n;
        if (settings.trim()) {
            int[] range = trimRange(nonEmpty, settings.dummySlices(), sliceName, source, warnings);
            from = range[0];
            to = range[1];
            if (from != 0 || to != n) {
                data = Arrays.copyOfRange(data, from * sliceSize, to * sliceSize);
            }
        }
        ShortVolume volume = new ShortVolume(stored.id(), new Dims(to - from, rows, cols), stored.spacing(), data);
        MaskVolume ringVolume = ring == null ? null
                : new MaskVolume(stored.id() + "_cylinder", Dims.slice(rows, cols), stored.spacing(), ring);
        progress.report(1, "preprocessed");
        return new PreprocessedVolume(volume, ringVolume, from, warnings);
    }

    /**
     * Step 1.2 alone, in place: stored values to HU with {@code rescale} (padding -2000 to 0 first).
     * For input that is already trimmed but not in HU, e.g. an unsigned NPY image holding HU + 1024
     * ({@link Rescale#storedOffset}).
     */
    public static void rescale(ShortVolume stored, Rescale rescale) {
        short[] d = stored.data();
        toHu(d, 0, d.length, rescale.slope(), (short) (int) rescale.intercept());
    }

    /** Step 1.4: the kept range {@code [from, to)} (see class comment). */
    static int[] trimRange(boolean[] nonEmpty, int dummySlices, IntFunction<String> sliceName, String source,
            List<String> warnings) throws PreprocessingException {
        int n = nonEmpty.length;
        int l = 0;
        int firstEmpty = -1;
        for (int z = 0; z < n; z++) {
            if (nonEmpty[z]) {
                l++;
            } else if (firstEmpty < 0) {
                firstEmpty = z;
            }
        }
        if (n > 1 && !nonEmpty[0] && nonEmpty[n - 1]) {
            int firstFull = 0;
            while (!nonEmpty[firstFull]) {
                firstFull++;
            }
            throw new PreprocessingException("the slices of " + source + " seem to be in reverse order: slice 0"
                    + nameSuffix(sliceName, 0) + " has no voxel above " + NON_EMPTY_HU + " HU but the last slice " + (n - 1)
                    + nameSuffix(sliceName, n - 1) + " has (the first such slice is " + firstFull + ")"
                    + "; the chest wall with the " + dummySlices + " reconstruction dummies must be slice 0, otherwise"
                    + " trimming keeps the wrong slices. Check InstanceNumber / ImagePositionPatient of the export");
        }
        if (l <= dummySlices) {
            throw new PreprocessingException("cannot trim " + source + ": only " + l + " of " + n
                    + " slices contain a voxel above " + NON_EMPTY_HU + " HU, not more than the " + dummySlices
                    + " dummy slices to drop");
        }
        if (firstEmpty >= 0 && firstEmpty < l) {
            warnings.add("slices above " + NON_EMPTY_HU + " HU are not contiguous from slice 0 in " + source
                    + ": slice " + firstEmpty + nameSuffix(sliceName, firstEmpty) + " is empty but " + l
                    + " slices are non-empty; keeping slices [" + dummySlices + ", " + l + ") as the scripts do");
        }
        return new int[] {dummySlices, l};
    }

    private static String nameSuffix(IntFunction<String> sliceName, int z) {
        return sliceName == null ? "" : " (" + sliceName.apply(z) + ")";
    }

    /** Step 1.2 in place on {@code count} stored values from {@code off} (see class comment). */
    static void toHu(short[] d, int off, int count, double slope, short intercept) {
        boolean scale = slope != 1;
        int end = off + count;
        for (int i = off; i < end; i++) {
            int s = d[i];
            if (s == PADDING_STORED_VALUE) {
                s = 0;
            }
            if (scale) {
                s = (short) (int) (slope * s);
            }
            d[i] = (short) (s + intercept);
        }
    }

    private static boolean anyAbove(short[] d, int off, int count, int threshold) {
        int end = off + count;
        for (int i = off; i < end; i++) {
            if (d[i] > threshold) {
                return true;
            }
        }
        return false;
    }

    private static int[] trueIndices(boolean[] m) {
        int c = 0;
        for (boolean b : m) {
            if (b) {
                c++;
            }
        }
        int[] idx = new int[c];
        c = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i]) {
                idx[c++] = i;
            }
        }
        return idx;
    }
}
