package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/** robust-mode.md R1 on a box breast whose depth is the in-plane distance to its side faces. */
class SkinDepthProfileStageTest {

    private static final int NZ = 20;

    /**
     * Breast = rows and columns [5, 35) of every slice of a 20 x 40 x 40 grid. It fills z (the array border
     * is not background), so the depth is the distance to the nearest side, {@code min(y - 4, 35 - y, x - 4,
     * 35 - x)}, 1..15. HU 40 at depth 1..3, -255 deeper; labels: 3 at depth 1..6, 1 deeper.
     */
    private static Vol box(int skinHu) {
        return new Vol(NZ, 40, 40, -1024).box(0, NZ, 5, 35, 5, 35, skinHu).box(0, NZ, 8, 32, 8, 32, -255);
    }

    private static byte[] labels(Dims d) {
        byte[] l = new byte[d.size()];
        for (int z = 0; z < NZ; z++) {
            for (int y = 5; y < 35; y++) {
                for (int x = 5; x < 35; x++) {
                    boolean deep = y >= 11 && y < 29 && x >= 11 && x < 29;
                    l[d.index(z, y, x)] = (byte) (deep ? LabelCode.FAT : LabelCode.SKIN);
                }
            }
        }
        return l;
    }

    /** R1 on the box breast of {@link #box} with labels l. */
    private static SkinDepthProfileStage.Result run(Vol v, byte[] l, boolean foldFound) {
        boolean[] breast = Vol.boxMask(v.dims, 0, NZ, 5, 35, 5, 35);
        return new SkinDepthProfileStage(SegmentationSettings.DEFAULTS, TaskExecutor.sequential())
                .run(v.volume("b"), breast, l, foldFound, Progress.NONE);
    }

    @Test
    void slabEdgesAreNumpysIntLinspace() {
        assertArrayEquals(new int[] {0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60}, SkinDepthProfileStage.slabEdges(60));
        // int(linspace(0, 25, 11)) = 0 2 5 7 10 12 15 17 20 22 25
        assertArrayEquals(new int[] {0, 2, 5, 7, 10, 12, 15, 17, 20, 22, 25}, SkinDepthProfileStage.slabEdges(25));
    }

    @Test
    void skinDeeperThanTheProfileThicknessBecomesTissue() {
        Vol v = box(40);
        byte[] l = labels(v.dims);
        SkinDepthProfileStage.Result r = run(v, l, false);
        // prof = 40 at layers 1..3, -255 at 4..15: p = 1, lo = -255, mid = -107.5, k = 3:
        // T = 3 + (40 + 107.5) / 295 = 3.5, contrast 295 > 50 in every slab
        assertEquals(3.5, r.globalThickness(), 1e-12);
        for (int s = 0; s < 10; s++) {
            assertEquals(3.5, r.slabThickness()[s], 1e-12);
            assertTrue(r.slabOwn()[s]);
        }
        // skin at depth 4..6 (24^2 - 18^2 = 252 voxels per slice) became fat; depth 1..3 (30^2 - 24^2) stays
        assertEquals(252L * NZ, r.voxelsToTissue());
        assertEquals((30L * 30 - 24 * 24) * NZ, Vol.count(l, LabelCode.SKIN));
        assertEquals(24L * 24 * NZ, Vol.count(l, LabelCode.FAT));
    }

    @Test
    void withAFoldTheFirstLenfoldSlicesAreLeftAlone() {
        Vol v = box(40);
        byte[] l = labels(v.dims);
        SkinDepthProfileStage.Result r = run(v, l, true);
        int lenfold = (int) (0.2 * NZ); // 4
        assertEquals(252L * (NZ - lenfold), r.voxelsToTissue());
        for (int z = 0; z < lenfold; z++) {
            assertEquals(LabelCode.SKIN, l[v.dims.index(z, 5 + 5, 20)], "slice " + z);
        }
        assertEquals(LabelCode.FAT, l[v.dims.index(lenfold, 5 + 5, 20)]);
    }

    @Test
    void noContrastMeansNoChange() {
        Vol v = box(-255); // uniform breast: flat profile, Tg undefined
        byte[] l = labels(v.dims);
        byte[] before = l.clone();
        SkinDepthProfileStage.Result r = run(v, l, false);
        assertTrue(Double.isNaN(r.globalThickness()));
        assertEquals(0, r.voxelsToTissue());
        assertArrayEquals(before, l);
        assertTrue(r.notes().get(0).contains("no thickness"), r.notes().toString());
    }
}
