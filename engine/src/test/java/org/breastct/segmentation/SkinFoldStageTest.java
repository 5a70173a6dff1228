package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.imaging.MaskOps;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.Test;

/**
 * 10 slices of 50 x 100: lenfold = int(0.2 * 10) = 2. Breast A: rows 2..47, columns 2..61 on every slice
 * (46 x 60 = 2760 pixels). cc of slice 0 with the second blob B (rows 5..44, columns 70..99, 1200 pixels):
 * row (2760 * 24.5 + 1200 * 24.5) / 3960 = 24.5 -> 24, column (2760 * 31.5 + 1200 * 84.5) / 3960 = 47.56 -> 47,
 * inside A.
 */
class SkinFoldStageTest {

    private static ShortVolume twoBlobs(int bRows, int bCols, int bSlices) {
        Vol v = new Vol(10, 50, 100, -1024).box(0, 10, 2, 48, 2, 62, -255);
        v.box(0, bSlices, 5, 5 + bRows, 70, 70 + bCols, -255);
        return v.volume("fold1");
    }

    private static SkinFoldStage.Result run(ShortVolume v, TaskExecutor ex) {
        boolean[] breast = MaskOps.greaterThan(v.data(), -500, ex);
        return new SkinFoldStage(SegmentationSettings.DEFAULTS, ex).run(v, breast, Progress.NONE);
    }

    @Test
    void secondLargeBlobOnTheFirstSlicesIsTheFold() {
        for (TaskExecutor ex : new TaskExecutor[] {TaskExecutor.sequential(), TaskExecutor.withThreads(2)}) {
            SkinFoldStage.Result r = run(twoBlobs(40, 30, 4), ex);
            assertArrayEquals(new int[] {24, 47}, r.chestCentre());
            assertEquals(2, r.searchedSlices());
            assertArrayEquals(new int[] {2, 2}, r.componentsPerSlice());
            assertTrue(r.foldFound());
            assertEquals(0, r.markerSlice());
            // B on slices 0 and 1 only: the fold is searched in breast[0:lenfold].
            assertEquals(2, r.foldSlices());
            assertArrayEquals(Vol.boxMask(new Dims(2, 50, 100), 0, 2, 5, 45, 70, 100), r.fold());
            ex.close();
        }
    }

    @Test
    void oneBlobMeansNoFold() {
        Vol v = new Vol(10, 50, 100, -1024).box(0, 10, 2, 48, 2, 62, -255);
        SkinFoldStage.Result r = run(v.volume("one"), TaskExecutor.sequential());
        assertFalse(r.foldFound());
        assertNull(r.fold());
        assertEquals(0, r.foldSlices());
        assertArrayEquals(new int[] {1, 1}, r.componentsPerSlice());
    }

    @Test
    void aSecondBlobOfExactly1000PixelsDoesNotCount() {
        SkinFoldStage.Result r = run(twoBlobs(25, 40, 4), TaskExecutor.sequential());
        assertArrayEquals(new int[] {1, 1}, r.componentsPerSlice());
        assertFalse(r.foldFound());
        assertNull(r.fold());
    }

    @Test
    void tooFewSlicesToSearchMeansNoFold() {
        // 4 slices: lenfold = int(0.8) = 0
        Vol v = new Vol(4, 50, 100, -1024).box(0, 4, 2, 48, 2, 62, -255).box(0, 4, 5, 45, 70, 100, -255);
        SkinFoldStage.Result r = run(v.volume("short"), TaskExecutor.sequential());
        assertEquals(0, r.searchedSlices());
        assertFalse(r.foldFound());
    }

    @Test
    void cancellationIsChecked() {
        ShortVolume v = twoBlobs(40, 30, 4);
        boolean[] breast = MaskOps.greaterThan(v.data(), -500, TaskExecutor.sequential());
        SkinFoldStage stage = new SkinFoldStage(SegmentationSettings.DEFAULTS, TaskExecutor.sequential());
        assertThrows(CancelledException.class, () -> stage.run(v, breast, Progress.cancelledWhen(() -> true)));
    }
}
