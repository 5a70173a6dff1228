package org.breastct.segmentation;

import org.breastct.imaging.LabelOps;
import org.breastct.imaging.MaskOps;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;

/**
 * docs/method.md 2.1, Breast: {@code breast = img > -500}; the label volume starts as zeros with
 * {@code mask[breast] = 1} (fat).
 *
 * <p>Also checks what every later step relies on: the volume has at least one breast voxel, and
 * slice 0 (the chest wall, where the centre of mass {@code cc} of 2.2 and the muscle seed of 2.5
 * are taken) has one. The scripts fail with a NaN centre of mass there; we throw a
 * {@link SegmentationException} naming the breast id instead. O(n), parallel over voxel chunks.
 */
final class BreastMaskStage {

    /**
     * @param breast       {@code img > breastHu}, shape of the image
     * @param labels       the new label volume (uint8, C order): 1 on breast, 0 elsewhere
     * @param breastVoxels number of breast voxels
     */
    record Result(boolean[] breast, byte[] labels, long breastVoxels) {
    }

    private final SegmentationSettings settings;
    private final TaskExecutor executor;

    BreastMaskStage(SegmentationSettings settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
    }

    /**
     * Thresholds the image.
     *
     * @throws SegmentationException if the volume is empty, has no voxel above the breast threshold,
     *                               or none on slice 0
     */
    Result run(ShortVolume image) {
        Dims dims = image.dims();
        if (dims.size() == 0) {
            throw new SegmentationException(image.id(), "the volume is empty (" + dims + ")");
        }
        int threshold = settings.thresholds().breastHu();
        boolean[] breast = MaskOps.greaterThan(image.data(), threshold, executor);
        byte[] labels = new byte[breast.length];
        long total = LabelOps.write(labels, breast, LabelCode.FAT, executor);
        if (total == 0) {
            throw new SegmentationException(image.id(), "no voxel above " + threshold
                    + " HU: the volume holds no tissue at all (" + dims + ")");
        }
        if (!MaskOps.anyInSlice(breast, dims, 0)) {
            throw new SegmentationException(image.id(), "slice 0 (the chest wall) has no voxel above " + threshold
                    + " HU; the method needs the volume to start at the chest wall (trim leading empty slices)");
        }
        return new Result(breast, labels, total);
    }
}
