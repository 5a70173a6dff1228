package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class DensityEstimateTest {

    @Test
    void meanOfFatVoxelsOnlyAndItsCalibration() {
        // fat voxels: -255, -41, -255, -41 -> mean -148 -> G = (-148 + 255) / 214 = 0.5
        short[] img = {-255, -41, 500, -1024, -255, -41, 300, 40};
        byte[] labels = {1, 1, 3, 0, 1, 1, 5, 4};
        ShortVolume v = new ShortVolume("d", new Dims(2, 2, 2), Spacing.UNIT, img);
        for (TaskExecutor ex : new TaskExecutor[] {TaskExecutor.sequential(), TaskExecutor.withThreads(3)}) {
            DensityEstimate.Result r = new DensityEstimate(ex).run(v, labels);
            assertEquals(4, r.tissueVoxels());
            assertEquals(-148.0, r.meanHu());
            assertEquals(0.5, r.g0(), 1e-12);
            ex.close();
        }
    }

    @Test
    void meanAboveZeroIsClampedBeforeCalibration() {
        short[] img = {100, 300};
        byte[] labels = {1, 1};
        DensityEstimate.Result r = new DensityEstimate(TaskExecutor.sequential())
                .run(new ShortVolume("d", new Dims(1, 1, 2), Spacing.UNIT, img), labels);
        assertEquals(200.0, r.meanHu());
        assertEquals(255.0 / 214, r.g0(), 1e-12);
    }

    @Test
    void noFatGivesNaN() {
        DensityEstimate.Result r = new DensityEstimate(TaskExecutor.sequential())
                .run(new ShortVolume("d", new Dims(1, 1, 2), Spacing.UNIT, new short[] {0, 0}), new byte[] {3, 0});
        assertEquals(0, r.tissueVoxels());
        assertTrue(Double.isNaN(r.meanHu()) && Double.isNaN(r.g0()));
    }
}
