package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/**
 * 16 x 40 x 40 of fat (-255 HU, labelled 1) with a muscle slab at 50 HU on slices 0..11, rows and columns
 * 5..34. Reasoning: te = fill2(erode3 5*(slab)) = slices 0..9, rows/columns 7..32; the top 2/5 of the
 * distances on slice 0 form one central square, which floods all of te; every muscle slice has 676 >= 100
 * voxels; md = fill2(dilate 7 (te)) AND tf = the slab.
 */
class MuscleStageTest {

    private static final int[] SLAB = {0, 12, 5, 35, 5, 35};

    private static Vol slab() {
        return new Vol(16, 40, 40, -255).box(SLAB[0], SLAB[1], SLAB[2], SLAB[3], SLAB[4], SLAB[5], 50);
    }

    private static byte[] fat(Dims d) {
        byte[] b = new byte[d.size()];
        Arrays.fill(b, (byte) 1);
        return b;
    }

    private static RibImplantStage.Result ribSeed(boolean[] c1Slice0) {
        return new RibImplantStage.Result(true, false, true, null, c1Slice0, 1, 0, 0, List.of());
    }

    private static final RibImplantStage.Result NOTHING = new RibImplantStage.Result(false, false, false, null, null,
            0, 0, 0, List.of());

    private static MuscleStage.Result run(Vol v, byte[] labels, RibImplantStage.Result ribs) {
        boolean[] breast0 = new boolean[v.dims.sliceSize()];
        Arrays.fill(breast0, true);
        return new MuscleStage(SegmentationSettings.DEFAULTS, TaskExecutor.sequential()).run(v.volume("m"), labels,
                breast0, ribs, Progress.NONE);
    }

    /** Labels: {@code base}, with 4 on the slab where {@code base} is 1 (or everywhere if !restricted). */
    private static byte[] slabMuscle(byte[] base, Dims d, boolean restricted) {
        byte[] e = base.clone();
        boolean[] m = Vol.boxMask(d, SLAB[0], SLAB[1], SLAB[2], SLAB[3], SLAB[4], SLAB[5]);
        for (int i = 0; i < e.length; i++) {
            if (m[i] && (!restricted || base[i] == 1)) {
                e[i] = 4;
            }
        }
        return e;
    }

    /** Skin labels on row 5 of slice 5, inside the slab. */
    private static byte[] withSkinRow(Dims d) {
        byte[] b = fat(d);
        for (int x = 5; x < 35; x++) {
            b[d.index(5, 5, x)] = 3;
        }
        return b;
    }

    @Test
    void ribSeedGivesTheSlabRestrictedToFat() {
        Vol v = slab();
        byte[] labels = withSkinRow(v.dims);
        byte[] before = labels.clone();
        MuscleStage.Result r = run(v, labels, ribSeed(Vol.boxMask(v.dims.sliceDims(), 0, 1, 15, 25, 15, 25)));
        assertTrue(r.found(), r.notes().toString());
        assertArrayEquals(new int[] {19, 19}, r.seedCentre());
        assertArrayEquals(slabMuscle(before, v.dims, true), labels);
        assertEquals(12L * 30 * 30 - 30, r.muscleVoxels());
    }

    @Test
    void smoothedSeedWithoutRibsOverwritesSkin() {
        // No ribs: the seed is the LCC of gauss5(img[0]) > -5, the slab's centre; md is not restricted.
        Vol v = slab();
        byte[] labels = withSkinRow(v.dims);
        byte[] before = labels.clone();
        MuscleStage.Result r = run(v, labels, NOTHING);
        assertTrue(r.found(), r.notes().toString());
        assertArrayEquals(slabMuscle(before, v.dims, false), labels);
    }

    @Test
    void smoothedSeedTouchingSkinMeansNoMuscle() {
        Vol v = slab();
        byte[] labels = fat(v.dims);
        labels[v.dims.index(0, 20, 20)] = 3;
        byte[] before = labels.clone();
        MuscleStage.Result r = run(v, labels, NOTHING);
        assertFalse(r.found());
        assertArrayEquals(before, labels);
        assertTrue(r.notes().get(0).contains("skin"), r.notes().toString());
    }

    @Test
    void seedCentreOnBackgroundMeansNoMuscleInsteadOfTheScriptsDefect() {
        // Two slabs with a 4-column fat gap (columns 18..21); the rib seed is two squares whose centre of
        // mass, (19, 18), lies in the gap, where the watershed label is 0.
        Vol v = slab().box(0, 16, 0, 40, 18, 22, -255);
        boolean[] seed = Vol.boxMask(v.dims.sliceDims(), 0, 1, 15, 25, 8, 12);
        boolean[] right = Vol.boxMask(v.dims.sliceDims(), 0, 1, 15, 25, 26, 30);
        for (int i = 0; i < seed.length; i++) {
            seed[i] |= right[i];
        }
        byte[] labels = fat(v.dims);
        MuscleStage.Result r = run(v, labels, ribSeed(seed));
        assertFalse(r.found());
        assertArrayEquals(fat(v.dims), labels);
        assertTrue(r.notes().get(0).contains("seed at (0, 19, 18) is background"), r.notes().toString());
    }

    @Test
    void noDenseTissueOnSlice0MeansNoMuscle() {
        Vol v = new Vol(16, 40, 40, -255).box(3, 12, 5, 35, 5, 35, 50);
        byte[] labels = fat(v.dims);
        MuscleStage.Result r = run(v, labels, ribSeed(Vol.boxMask(v.dims.sliceDims(), 0, 1, 15, 25, 15, 25)));
        assertFalse(r.found());
        assertTrue(r.notes().get(0).contains("slice 0"), r.notes().toString());
    }

    @Test
    void muscleEndsAtTheFirstThinSliceAmongTheFirstSlicesContainingIt() {
        Dims d = new Dims(6, 1, 300);
        int[][] cases = {
            // per-slice voxel counts -> counts kept
            {150, 120, 90, 200, 0, 50}, {150, 120, 0, 0, 0, 0},
            {150, 0, 120, 0, 0, 0}, {150, 0, 0, 0, 0, 0}, // walks only 2 slices (2 contain muscle): 0 ends it
            {150, 100, 100, 0, 0, 0}, {150, 100, 100, 0, 0, 0}, // 100 is enough
            {150, 120, 130, 0, 0, 99}, {150, 120, 130, 0, 0, 0}}; // 4 slices walked: the empty slice 3 ends it
        for (int c = 0; c < cases.length; c += 2) {
            boolean[] m = new boolean[d.size()];
            for (int z = 0; z < 6; z++) {
                for (int x = 0; x < cases[c][z]; x++) {
                    m[d.index(z, 0, x)] = true;
                }
            }
            MuscleStage.cutThinSlices(m, d, 100, TaskExecutor.sequential());
            assertArrayEquals(cases[c + 1], org.breastct.imaging.MaskOps.countPerSlice(m, d, TaskExecutor.sequential()),
                    Arrays.toString(cases[c]));
        }
    }
}
