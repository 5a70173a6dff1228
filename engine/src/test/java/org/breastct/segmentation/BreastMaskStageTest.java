package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class BreastMaskStageTest {

    private final BreastMaskStage stage = new BreastMaskStage(SegmentationSettings.DEFAULTS, TaskExecutor.sequential());

    @Test
    void thresholdIsStrictlyAboveMinus500() {
        short[] img = {-1024, -500, -499, 0, /* slice 1 */ -501, 200, -500, -1024};
        BreastMaskStage.Result r = stage.run(new ShortVolume("b1", new Dims(2, 2, 2), Spacing.UNIT, img));
        assertArrayEquals(new boolean[] {false, false, true, true, false, true, false, false}, r.breast());
        assertArrayEquals(new byte[] {0, 0, 1, 1, 0, 1, 0, 0}, r.labels());
        assertEquals(3, r.breastVoxels());
    }

    @Test
    void noTissueAtAllNamesTheBreast() {
        short[] img = {-1024, -500, -700, -1000};
        SegmentationException e = assertThrows(SegmentationException.class,
                () -> stage.run(new ShortVolume("P0815_L", new Dims(1, 2, 2), Spacing.UNIT, img)));
        assertTrue(e.getMessage().contains("P0815_L"), e.getMessage());
        assertTrue(e.getMessage().contains("no tissue"), e.getMessage());
        assertEquals("P0815_L", e.breastId());
    }

    @Test
    void emptyChestWallSliceIsAClearError() {
        short[] img = {-1024, -1024, -1024, -1024, /* slice 1 */ 0, 0, 0, 0};
        SegmentationException e = assertThrows(SegmentationException.class,
                () -> stage.run(new ShortVolume("b7", new Dims(2, 2, 2), Spacing.UNIT, img)));
        assertTrue(e.getMessage().contains("b7") && e.getMessage().contains("slice 0"), e.getMessage());
    }

    @Test
    void emptyVolumeIsAClearError() {
        SegmentationException e = assertThrows(SegmentationException.class,
                () -> stage.run(new ShortVolume("b0", new Dims(0, 4, 4), Spacing.UNIT, new short[0])));
        assertTrue(e.getMessage().contains("b0") && e.getMessage().contains("empty"), e.getMessage());
    }
}
