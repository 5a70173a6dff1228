package org.breastct.segmentation;

import java.util.concurrent.atomic.AtomicLong;

import org.breastct.analysis.GlandularityCalibration;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.ShortVolume;

/**
 * docs/method.md 2.6, Breast density estimate: {@code meanHU} = mean HU of the voxels labelled 1 after
 * 2.5, {@code G0 = G(meanHU)} with the calibration of {@link GlandularityCalibration#g}. The sum is
 * exact (long), so the mean is the exactly rounded double. No voxel labelled 1: N = 0 and meanHU and
 * G0 are NaN. O(n), parallel over voxel chunks.
 */
public final class DensityEstimate {

    /**
     * @param tissueVoxels N, the number of voxels labelled 1
     * @param meanHu       their mean HU (NaN if N = 0)
     * @param g0           G(meanHu) (NaN if N = 0)
     */
    public record Result(long tissueVoxels, double meanHu, double g0) {
    }

    private final TaskExecutor executor;

    public DensityEstimate(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Mean HU and G0 of the voxels whose label is 1. */
    public Result run(ShortVolume image, byte[] labels) {
        short[] img = image.data();
        AtomicLong count = new AtomicLong();
        AtomicLong sum = new AtomicLong();
        executor.forRange(img.length, (from, to) -> {
            long c = 0;
            long s = 0;
            for (int i = from; i < to; i++) {
                if (labels[i] == LabelCode.FAT) {
                    c++;
                    s += img[i];
                }
            }
            count.addAndGet(c);
            sum.addAndGet(s);
        });
        long n = count.get();
        double mean = n == 0 ? Double.NaN : (double) sum.get() / n;
        return new Result(n, mean, GlandularityCalibration.g(mean));
    }
}
