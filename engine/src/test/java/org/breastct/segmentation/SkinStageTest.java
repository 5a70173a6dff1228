package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.imaging.MaskOps;
import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.Test;

/**
 * A box "breast" of 12 slices, rows and columns 15..64 of 80 x 80, fat (-255 HU) with a skin shell at 0 HU
 * of a given in-plane thickness. The nipple sphere is moved beyond the last slice (offset 3, radius 2), so
 * the expected skin follows from the bands, the erosion and the dilation alone.
 */
class SkinStageTest {

    private static final SegmentationSettings NO_NIPPLE = SegmentationSettings.DEFAULTS
            .withSkin(s -> s.withNipple(3, 2));
    private static final int LO = 15;
    private static final int HI = 65;

    /** In-plane distance of (y, x) to the box edge: 0 on the outermost ring. */
    private static int depth(int y, int x) {
        return Math.min(Math.min(y - LO, HI - 1 - y), Math.min(x - LO, HI - 1 - x));
    }

    private static Vol shellBox(int nz, int thickness) {
        Vol v = new Vol(nz, 80, 80, -1024).box(0, nz, LO, HI, LO, HI, -255);
        for (int z = 0; z < nz; z++) {
            for (int y = LO; y < HI; y++) {
                for (int x = LO; x < HI; x++) {
                    if (depth(y, x) < thickness) {
                        v.img[v.dims.index(z, y, x)] = 0;
                    }
                }
            }
        }
        return v;
    }

    private static SkinStage.Result run(ShortVolume v, byte[] labels, SegmentationSettings s, TaskExecutor ex) {
        boolean[] breast = MaskOps.greaterThan(v.data(), s.thresholds().breastHu(), ex);
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (breast[i] ? 1 : 0);
        }
        int[] cc = {39, 39};
        return new SkinStage(s, ex).run(v, breast, labels, cc, false, Progress.NONE);
    }

    /** Labels expected when the skin is the in-plane ring of depth < thickness on slices [z0, z1). */
    private static byte[] ring(Dims d, int thickness, int z0, int z1) {
        byte[] e = new byte[d.size()];
        for (int z = 0; z < d.nz(); z++) {
            for (int y = LO; y < HI; y++) {
                for (int x = LO; x < HI; x++) {
                    boolean skin = z >= z0 && z < z1 && depth(y, x) < thickness;
                    e[d.index(z, y, x)] = (byte) (skin ? 3 : 1);
                }
            }
        }
        return e;
    }

    @Test
    void thinSkinGivesBand3() {
        // A 2-voxel shell: t = band(3) (4 voxels deep), too thin for the 5-cube erosion, so the watershed
        // mask is band(3) plus the air; the flood from the corner gives band(3); the per-slice dilation
        // cannot grow into fat (t is band(3)), so the skin is band(3) = depth 0..3 on every slice.
        Vol v = shellBox(12, 2);
        byte[] labels = new byte[v.dims.size()];
        SkinStage.Result r = run(v.volume("skin2"), labels, NO_NIPPLE, TaskExecutor.sequential());
        assertArrayEquals(ring(v.dims, 4, 0, 12), labels);
        assertEquals(11, r.tipSlice());
        assertArrayEquals(new int[] {39, 39}, r.tip());
        assertArrayEquals(new int[] {12 + 3, 39, 39}, r.sphereCentre());
        assertEquals(12L * (50 * 50 - 42 * 42), r.skinVoxels());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }

    @Test
    void dilationExtendsTheSkinToTheDenseShell() {
        // A 6-voxel shell: the 3-D skin is band(3); dilate 7 (3 pixels) AND t reaches depth 6 > 5, so the
        // whole shell (depth 0..5) is skin; b25 and b9 contain it.
        Vol v = shellBox(12, 6);
        byte[] labels = new byte[v.dims.size()];
        run(v.volume("skin6"), labels, NO_NIPPLE, TaskExecutor.sequential());
        assertArrayEquals(ring(v.dims, 6, 0, 12), labels);
    }

    @Test
    void sameResultWithThreads() {
        Vol v = shellBox(12, 6);
        byte[] a = new byte[v.dims.size()];
        byte[] b = new byte[v.dims.size()];
        run(v.volume("t"), a, NO_NIPPLE, TaskExecutor.sequential());
        try (TaskExecutor ex = TaskExecutor.withThreads(3)) {
            SkinStage.Result r = run(v.volume("t"), b, NO_NIPPLE, ex);
            assertArrayEquals(Vol.bruteBand(MaskOps.greaterThan(v.img, -500, ex), v.dims, 9), r.b9());
        }
        assertArrayEquals(a, b);
    }

    @Test
    void fatIslandInsideTheSkinBecomesSkin() {
        // A 10-voxel shell with a 2 x 2 fat pocket at depth 5..6 (rows 39..40, near the left edge) on all
        // slices. The pocket is not in t, but it is a breast component apart from the largest one (the
        // inner fat), so it is added to the skin. Checked on slices 0..9 where the 3-D erosion keeps the
        // shell core (the last two slices are eroded away in 3-D and lose the deep part of the shell).
        Vol v = shellBox(12, 10);
        v.box(0, 12, 39, 41, LO + 5, LO + 7, -255);
        byte[] labels = new byte[v.dims.size()];
        run(v.volume("island"), labels, NO_NIPPLE, TaskExecutor.sequential());
        byte[] expected = ring(v.dims, 10, 0, 12);
        int s = v.dims.sliceSize();
        for (int z = 0; z < 10; z++) {
            byte[] got = java.util.Arrays.copyOfRange(labels, z * s, z * s + s);
            byte[] want = java.util.Arrays.copyOfRange(expected, z * s, z * s + s);
            assertArrayEquals(want, got, "slice " + z);
        }
        assertEquals(3, labels[v.dims.index(5, 39, LO + 5)], "pocket pixel is skin");
    }

    @Test
    void tipBeforeTheLastTenSlicesFallsBackToTheLastBreastSlice() {
        // Breast only on slices 0..5 of 20: no breast in the last 10 slices.
        Vol v = new Vol(20, 80, 80, -1024).box(0, 6, LO, HI, LO, HI, -255);
        byte[] labels = new byte[v.dims.size()];
        SkinStage.Result r = run(v.volume("short"), labels, SegmentationSettings.DEFAULTS, TaskExecutor.sequential());
        assertEquals(5, r.tipSlice());
        assertTrue(r.notes().get(0).contains("last slice with breast voxels, 5"), r.notes().toString());
        boolean[] breast = MaskOps.greaterThan(v.img, -500, TaskExecutor.sequential());
        boolean[] b3 = Vol.bruteBand(breast, v.dims, 3);
        for (int i = 0; i < labels.length; i++) {
            if (b3[i]) {
                assertEquals(3, labels[i], "band(3) is always skin, voxel " + i);
            }
            if (!breast[i]) {
                assertEquals(0, labels[i]);
            }
        }
    }

    @Test
    void fullestRowRule() {
        boolean[] m = {
            false, true, false, false,
            true, false, true, true,
            false, true, true, true};
        // rows 1 and 2 have 3 pixels: the first such row (1), its first pixel (column 0)
        assertEquals(4, SkinStage.firstPixelOfFullestRow(m, 3, 4));
        assertEquals(-1, SkinStage.firstPixelOfFullestRow(new boolean[12], 3, 4));
    }
}
