package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

/** What the state hands out and when it lets go, on a 2 x 1 x 2 volume. */
class PipelineStateTest {

    private static PipelineState state() {
        ShortVolume image = new ShortVolume("s", new Dims(2, 1, 2), Spacing.UNIT, new short[] {0, -1024, 0, 0});
        return new PipelineState(image, new BreastMaskStage(SegmentationSettings.DEFAULTS, TaskExecutor.sequential())
                .run(image));
    }

    @Test
    void breastIsReleasedButItsSlice0Stays() {
        PipelineState s = state();
        assertArrayEquals(new boolean[] {true, false, true, true}, s.breast());
        s.releaseBreast();
        assertThrows(IllegalStateException.class, s::breast);
        assertArrayEquals(new boolean[] {true, false}, s.breastSlice0());
        assertArrayEquals(new byte[] {1, 0, 1, 1}, s.labels());
    }

    @Test
    void band9IsHandedOutOnce() {
        PipelineState s = state();
        boolean[] b9 = new boolean[4];
        s.keepB9(b9);
        assertSame(b9, s.takeB9());
        assertThrows(IllegalStateException.class, s::takeB9);
    }

    @Test
    void releasingTheImplantKeepsTheFindings() {
        PipelineState s = state();
        s.ribs(new RibImplantStage.Result(true, true, false, new boolean[4], null, 0, 7, 0.5, List.of("n")));
        s.releaseImplant();
        assertEquals(null, s.ribs().implant());
        assertEquals(true, s.ribs().implantFound());
        assertEquals(7, s.ribs().implantVoxels());
    }
}
