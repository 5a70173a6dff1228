package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/** robust-mode.md R3 on an implant face with a graded shell along x. */
class ImplantShellStageTest {

    @Test
    void twoDilationsTakeTheShellAboveMinus100HuOverFatOnly() {
        // 5 x 5 x 12; x 0..3 implant (170 HU, label 7); x = 4: -50, x = 5: -80, x = 6: -60 (three steps
        // away), x >= 7: -255; all fat except skin at x = 4, y = 0
        Vol v = new Vol(5, 5, 12, -255).box(0, 5, 0, 5, 0, 4, 170).box(0, 5, 0, 5, 4, 5, -50)
                .box(0, 5, 0, 5, 5, 6, -80).box(0, 5, 0, 5, 6, 7, -60);
        Dims d = v.dims;
        byte[] l = new byte[d.size()];
        for (int z = 0; z < 5; z++) {
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 12; x++) {
                    l[d.index(z, y, x)] = (byte) (x < 4 ? LabelCode.IMPLANT
                            : x == 4 && y == 0 ? LabelCode.SKIN : LabelCode.FAT);
                }
            }
        }
        ImplantShellStage.Result r = new ImplantShellStage(SegmentationSettings.DEFAULTS, TaskExecutor.sequential())
                .run(v.volume("i"), l, Progress.NONE);
        // x = 4 (25 voxels but the 5 skin ones) and x = 5 (25, reached diagonally also behind the skin)
        assertEquals(45, r.shellVoxels());
        assertEquals(4 * 25 + 45, Vol.count(l, LabelCode.IMPLANT));
        assertEquals(5, Vol.count(l, LabelCode.SKIN));
        for (int z = 0; z < 5; z++) {
            for (int y = 0; y < 5; y++) {
                assertEquals(LabelCode.IMPLANT, l[d.index(z, y, 5)]);
                assertEquals(LabelCode.FAT, l[d.index(z, y, 6)], "three steps away");
            }
        }
    }
}
