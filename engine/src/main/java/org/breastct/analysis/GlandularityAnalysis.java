package org.breastct.analysis;

import java.util.concurrent.atomic.AtomicInteger;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * Breast density of one segmented breast, docs/method.md section 3 ("Representative images and
 * glandularity", script {@code Image_extraction.py}).
 *
 * <p>Inputs: the HU image (int16) and its label volume (uint8, codes of
 * {@link org.breastct.segmentation.LabelCode}) of the same shape. Output: a
 * {@link GlandularityResult} with HU_G = G(mean HU over fat and glands), Seg_G = glands / (fat +
 * glands), and per label value the voxel count, volume in ml and mean HU.
 *
 * <p>Spacing of the volumes in ml: the image's; if the image has {@link Spacing#UNIT} (e.g. read
 * from {@code .npy}) and the labels have another spacing, the labels'. Two different non-unit
 * spacings are an error.
 *
 * <p>Sums are exact ({@code long}) and made per slice, then added slice by slice in order, so the
 * result is identical for any thread count. One pass over the voxels: O(n) time, O(256 nz) extra
 * memory.
 */
public final class GlandularityAnalysis {

    private static final int VALUES = GlandularityResult.LABEL_VALUES;

    private GlandularityAnalysis() {
    }

    /**
     * Sequential analysis with the separate fold volume of the segmentation ({@code fold}: its first slices, as
     * {@code segmentation_fold_<uid>.npy} holds them; null when the breast has no fold), which gives
     * {@link GlandularityResult#skinFoldVoxels()}.
     *
     * @throws IllegalArgumentException if the fold's rows/columns differ from the labels' or it has more slices
     */
    public static GlandularityResult analyse(ShortVolume image, ByteVolume labels, MaskVolume fold) {
        GlandularityResult r = analyse(image, labels);
        if (fold == null) {
            return r.withFoldVoxels(0);
        }
        Dims d = labels.dims();
        Dims f = fold.dims();
        if (f.ny() != d.ny() || f.nx() != d.nx() || f.nz() > d.nz()) {
            throw new IllegalArgumentException("glandularity of '" + image.id() + "': fold volume of shape " + f
                    + " does not fit the segmentation of shape " + d);
        }
        long n = 0;
        for (boolean b : fold.data()) {
            n += b ? 1 : 0;
        }
        return r.withFoldVoxels(n);
    }

    /** Sequential {@link #analyse(ShortVolume, ByteVolume, TaskExecutor, Progress)}. */
    public static GlandularityResult analyse(ShortVolume image, ByteVolume labels) {
        return analyse(image, labels, TaskExecutor.sequential(), Progress.NONE);
    }

    /**
     * Counts and HU sums per label value, in parallel slabs of slices.
     *
     * @throws IllegalArgumentException if the shapes differ (naming both ids and shapes) or the
     *         spacings contradict each other
     * @throws org.breastct.progress.CancelledException if {@code progress} is cancelled
     */
    public static GlandularityResult analyse(ShortVolume image, ByteVolume labels, TaskExecutor executor,
            Progress progress) {
        Dims dims = image.dims();
        if (!dims.equals(labels.dims())) {
            throw new IllegalArgumentException("glandularity of '" + image.id() + "': image '" + image.id()
                    + "' has shape " + dims + " but segmentation '" + labels.id() + "' has shape " + labels.dims());
        }
        Spacing spacing = spacing(image, labels);
        int nz = dims.nz();
        int sliceSize = dims.sliceSize();
        int perSlice = Math.multiplyExact(nz, VALUES);
        long[] counts = new long[perSlice];
        long[] sums = new long[perSlice];
        short[] hu = image.data();
        byte[] lab = labels.data();
        AtomicInteger done = new AtomicInteger();
        executor.forRange(nz, (from, to) -> {
            for (int z = from; z < to; z++) {
                progress.checkCancelled();
                int base = z * VALUES;
                int start = z * sliceSize;
                int end = start + sliceSize;
                for (int i = start; i < end; i++) {
                    int l = base + (lab[i] & 0xFF);
                    counts[l]++;
                    sums[l] += hu[i];
                }
                progress.report((double) done.incrementAndGet() / nz, null);
            }
        });
        long[] voxels = new long[VALUES];
        long[] huSums = new long[VALUES];
        for (int z = 0; z < nz; z++) {
            int base = z * VALUES;
            for (int c = 0; c < VALUES; c++) {
                voxels[c] += counts[base + c];
                huSums[c] += sums[base + c];
            }
        }
        progress.report(1, "glandularity of " + image.id());
        return new GlandularityResult(image.id(), spacing, voxels, huSums);
    }

    private static Spacing spacing(ShortVolume image, ByteVolume labels) {
        Spacing a = image.spacing();
        Spacing b = labels.spacing();
        if (a.equals(b) || b.equals(Spacing.UNIT)) {
            return a;
        }
        if (a.equals(Spacing.UNIT)) {
            return b;
        }
        throw new IllegalArgumentException("glandularity of '" + image.id() + "': image '" + image.id()
                + "' has voxel spacing " + a + " but segmentation '" + labels.id() + "' has " + b);
    }
}
