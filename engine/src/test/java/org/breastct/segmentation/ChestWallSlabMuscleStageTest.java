package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/**
 * robust-mode.md R2, the slab rule, on blocks of +40 HU in fat (-255 HU). With sigma 1 the Gaussian of a
 * block's outermost voxel layer is about 0.7 * 40 - 0.3 * 255 = -48 HU, of the next layer about
 * 0.94 * 40 - 0.06 * 255 = +23 HU: the dense core is the block minus its outer layer (except towards slice
 * 0, where the border 'nearest' repeats the slice), and the two dilations bring the whole block back.
 */
class ChestWallSlabMuscleStageTest {

    private static final int NZ = 6;

    /**
     * 6 x 40 x 40, breast = rows and columns [2, 38) of every slice, fat. Block A: slices 0..2, rows and
     * columns 5..19 (225 voxels on slice 0); block B: slices 0..2, rows and columns 25..33 (81 on slice 0);
     * block C: slices 4..5, rows 25..33, columns 5..19 (not on slice 0).
     */
    private static Vol blocks() {
        return new Vol(NZ, 40, 40, -1024).box(0, NZ, 2, 38, 2, 38, -255)
                .box(0, 3, 5, 20, 5, 20, 40)
                .box(0, 3, 25, 34, 25, 34, 40)
                .box(4, 6, 25, 34, 5, 20, 40);
    }

    @Test
    void theDenseSlabOnSliceZeroIsMuscleExceptSkinBeyondSliceZeroAndRibs() {
        Vol v = blocks();
        Dims d = v.dims;
        boolean[] breast = Vol.boxMask(d, 0, NZ, 2, 38, 2, 38);
        byte[] l = new byte[d.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = (byte) (breast[i] ? LabelCode.FAT : LabelCode.AIR);
        }
        // skin on block A's last column (x = 19) on every slice; rib on its first row (y = 5)
        for (int z = 0; z < 3; z++) {
            for (int y = 5; y < 20; y++) {
                l[d.index(z, y, 19)] = LabelCode.SKIN;
            }
            for (int x = 5; x < 20; x++) {
                l[d.index(z, 5, x)] = LabelCode.RIB;
            }
        }
        ChestWallSlabMuscleStage.Result r = new ChestWallSlabMuscleStage(SegmentationSettings.DEFAULTS,
                TaskExecutor.sequential()).run(v.volume("m"), breast, l, Progress.NONE);
        assertTrue(r.found());
        assertEquals(1, r.components(), "block B has fewer than 100 voxels on slice 0, C none");
        // block A (675) minus the rib row (45) minus the skin column on slices 1 and 2 (2 x 14: y = 6..19);
        // the skin column on slice 0 (x = 19, y = 6..19) becomes muscle
        assertEquals(675 - 45 - 28, r.muscleVoxels());
        assertEquals(675 - 45 - 28, Vol.count(l, LabelCode.MUSCLE));
        for (int y = 6; y < 20; y++) {
            assertEquals(LabelCode.MUSCLE, l[d.index(0, y, 19)], "slice 0 skin is not blocked");
            assertEquals(LabelCode.SKIN, l[d.index(1, y, 19)], "skin beyond slice 0 is blocked");
        }
        assertEquals(45, Vol.count(l, LabelCode.RIB));
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 40; x++) {
                    if (l[d.index(z, y, x)] == LabelCode.MUSCLE) {
                        assertTrue(z < 3 && y >= 5 && y < 20 && x >= 5 && x < 20, "muscle only in block A");
                    }
                }
            }
        }
    }

    @Test
    void withoutADenseRegionOnSliceZeroThereIsNoMuscle() {
        Vol v = new Vol(NZ, 40, 40, -1024).box(0, NZ, 2, 38, 2, 38, -255).box(0, 3, 25, 34, 25, 34, 40);
        boolean[] breast = Vol.boxMask(v.dims, 0, NZ, 2, 38, 2, 38);
        byte[] l = new byte[v.dims.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = (byte) (breast[i] ? LabelCode.FAT : LabelCode.AIR);
        }
        ChestWallSlabMuscleStage.Result r = new ChestWallSlabMuscleStage(SegmentationSettings.DEFAULTS,
                TaskExecutor.sequential()).run(v.volume("n"), breast, l, Progress.NONE);
        assertFalse(r.found());
        assertEquals(0, Vol.count(l, LabelCode.MUSCLE));
        assertTrue(r.notes().get(0).startsWith("no muscle"), r.notes().toString());
    }
}
