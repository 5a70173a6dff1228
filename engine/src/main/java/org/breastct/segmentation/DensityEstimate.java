package org.breastct.segmentation;

import org.breastct.analysis.GlandularityCalibration;
import org.breastct.imaging.LabelOps;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.ShortVolume;

/**
 * docs/method.md 2.6, Breast density estimate: {@code meanHU} = mean HU of the voxels labelled 1 after
 * 2.5, {@code G0 = G(meanHU)} with the calibration of {@link GlandularityCalibration#g}. The sum is
 * exact (long), so the mean is the exactly rounded double. No voxel labelled 1: N = 0 and meanHU and
 * G0 are NaN. O(n), parallel over voxel chunks.
 */
final class DensityEstimate {

    /**
     * @param tissueVoxels N, the number of voxels labelled 1
     * @param meanHu       their mean HU (NaN if N = 0)
     * @param g0           G(meanHu) (NaN if N = 0)
     */
    record Result(long tissueVoxels, double meanHu, double g0) {
    }

    private final TaskExecutor executor;

    DensityEstimate(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Mean HU and G0 of the voxels whose label is 1. */
    Result run(ShortVolume image, byte[] labels) {
        LabelOps.Sum fat = LabelOps.sumWhere(labels, LabelCode.FAT, image.data(), executor);
        long n = fat.count();
        double mean = n == 0 ? Double.NaN : (double) fat.sum() / n;
        return new Result(n, mean, GlandularityCalibration.g(mean));
    }
}
