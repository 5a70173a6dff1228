package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/** 12 x 40 x 40 of fat (-255 HU, all labelled 1), no band(9): bone boxes at 300 HU, implants at 200 HU. */
class RibImplantStageTest {

    private static final int NZ = 12;
    private static final int N = 40;

    private static byte[] fat(Dims d) {
        byte[] b = new byte[d.size()];
        Arrays.fill(b, (byte) 1);
        return b;
    }

    private static RibImplantStage.Result run(Vol v, byte[] labels, SegmentationSettings s) {
        return new RibImplantStage(s, TaskExecutor.sequential()).run(v.volume("rib"), labels,
                new boolean[v.dims.size()], Progress.NONE);
    }

    /** Labels 1 everywhere except {@code code} on the given boxes. */
    private static byte[] expect(Dims d, int code, int[]... boxes) {
        byte[] e = fat(d);
        for (int[] b : boxes) {
            boolean[] m = Vol.boxMask(d, b[0], b[1], b[2], b[3], b[4], b[5]);
            for (int i = 0; i < m.length; i++) {
                if (m[i]) {
                    e[i] = (byte) code;
                }
            }
        }
        return e;
    }

    @Test
    void boneBlockAtTheChestWallIsARib() {
        Vol v = new Vol(NZ, N, N, -255).box(0, 6, 10, 20, 10, 20, 300);
        byte[] labels = fat(v.dims);
        RibImplantStage.Result r = run(v, labels, SegmentationSettings.DEFAULTS);
        assertTrue(r.chestWallTest());
        assertTrue(r.ribFound());
        assertFalse(r.implantFound());
        assertNull(r.implant());
        assertEquals(600, r.ribVoxels());
        assertArrayEquals(expect(v.dims, 5, new int[] {0, 6, 10, 20, 10, 20}), labels);
        assertArrayEquals(Vol.boxMask(v.dims.sliceDims(), 0, 1, 10, 20, 10, 20), r.c1ChestWall());
    }

    @Test
    void ribTubesAreHoleFilledOnTheFirstLribSlices() {
        // A hollow square tube (wall 2) on slices 0..5: slice 0 has 100 - 36 = 64 > 50 voxels; fill2 fills it.
        Vol v = new Vol(NZ, N, N, -255).box(0, 6, 10, 20, 10, 20, 300).box(0, 6, 12, 18, 12, 18, -255);
        byte[] labels = fat(v.dims);
        RibImplantStage.Result r = run(v, labels, SegmentationSettings.DEFAULTS);
        assertArrayEquals(expect(v.dims, 5, new int[] {0, 6, 10, 20, 10, 20}), labels);
        assertEquals(600, r.ribVoxels());
    }

    @Test
    void chestWallTestNeedsMoreThan50VoxelsOnSlice0() {
        Vol pass = new Vol(NZ, N, N, -255).box(0, 6, 10, 13, 10, 27, 300); // 3 x 17 = 51
        byte[] labels = fat(pass.dims);
        assertTrue(run(pass, labels, SegmentationSettings.DEFAULTS).chestWallTest());
        Vol fail = new Vol(NZ, N, N, -255).box(0, 6, 10, 15, 10, 20, 300); // 5 x 10 = 50
        labels = fat(fail.dims);
        RibImplantStage.Result r = run(fail, labels, SegmentationSettings.DEFAULTS);
        assertFalse(r.chestWallTest());
        assertFalse(r.ribFound());
        assertNull(r.c1ChestWall());
        assertArrayEquals(fat(fail.dims), labels, "nothing written");
        assertTrue(r.notes().get(0).contains("50 voxels on slice 0"), r.notes().toString());
    }

    @Test
    void boneOutsideTheFatDoesNotCount() {
        // The same block, but labelled skin: t = img > 100 AND mask == 1 is empty.
        Vol v = new Vol(NZ, N, N, -255).box(0, 6, 10, 20, 10, 20, 300);
        byte[] labels = expect(v.dims, 3, new int[] {0, 6, 10, 20, 10, 20});
        assertFalse(run(v, labels, SegmentationSettings.DEFAULTS).chestWallTest());
    }

    @Test
    void upToTwoFurtherComponentsAboveTheSizeLimitAreRibs() {
        // extraRibMinVoxels 20: B (3x3x4 = 36) and C (27) are added, D (27, later in raster order than C,
        // so it loses the tie for LCC) is not, because only c2 and c3 are looked at.
        SegmentationSettings s = SegmentationSettings.DEFAULTS.withRibs(r -> r.withExtraRibMinVoxels(20));
        int[] a = {0, 6, 10, 20, 10, 20};
        int[] b = {0, 4, 30, 33, 5, 8};
        int[] c = {0, 3, 30, 33, 15, 18};
        int[] dd = {0, 3, 30, 33, 25, 28};
        Vol v = new Vol(NZ, N, N, -255);
        for (int[] box : new int[][] {a, b, c, dd}) {
            v.box(box[0], box[1], box[2], box[3], box[4], box[5], 300);
        }
        byte[] labels = fat(v.dims);
        RibImplantStage.Result r = run(v, labels, s);
        assertArrayEquals(expect(v.dims, 5, a, b, c), labels);
        assertEquals(600 + 36 + 27, r.ribVoxels());
    }

    @Test
    void largeBoneLikeComponentIsAnImplantNotARib() {
        // implantMinVoxels 1000: the 8 x 20 x 20 block at 200 HU (3200 voxels) is an implant. Its opening
        // (erode3 5*, LCC, dilate 5) gives the block back. A separate 36-voxel bone block E is a rib
        // (extraRibMinVoxels 20); it is above 130 HU too but too thin to survive the implant's erosion.
        SegmentationSettings s = SegmentationSettings.DEFAULTS.withRibs(r -> r.withImplantMinVoxels(1000)
                .withExtraRibMinVoxels(20));
        int[] implant = {0, 8, 10, 30, 10, 30};
        int[] e = {0, 4, 34, 37, 34, 37};
        Vol v = new Vol(NZ, N, N, -255).box(0, 8, 10, 30, 10, 30, 200).box(0, 4, 34, 37, 34, 37, 300);
        byte[] labels = fat(v.dims);
        RibImplantStage.Result r = run(v, labels, s);
        assertTrue(r.chestWallTest());
        assertTrue(r.implantFound());
        assertTrue(r.ribFound());
        assertNotNull(r.implant());
        assertNull(r.c1ChestWall());
        assertEquals(3200, r.implantVoxels());
        assertEquals(36, r.ribVoxels());
        byte[] want = expect(v.dims, 7, implant);
        byte[] rib = expect(v.dims, 5, e);
        for (int i = 0; i < want.length; i++) {
            if (rib[i] == 5) {
                want[i] = 5;
            }
        }
        assertArrayEquals(want, labels);
        assertArrayEquals(Vol.boxMask(v.dims, 0, 8, 10, 30, 10, 30), r.implant());
    }

    @Test
    void sameResultWithThreads() {
        SegmentationSettings s = SegmentationSettings.DEFAULTS.withRibs(r -> r.withExtraRibMinVoxels(20));
        Vol v = new Vol(NZ, N, N, -255).box(0, 6, 10, 20, 10, 20, 300).box(0, 4, 30, 33, 5, 8, 300);
        byte[] a = fat(v.dims);
        run(v, a, s);
        byte[] b = fat(v.dims);
        try (TaskExecutor ex = TaskExecutor.withThreads(3)) {
            new RibImplantStage(s, ex).run(v.volume("rib"), b, new boolean[v.dims.size()], Progress.NONE);
        }
        assertArrayEquals(a, b);
    }
}
