package org.breastct.phantom;

import static org.breastct.phantom.TestPhantoms.get;
import static org.breastct.phantom.TestPhantoms.histogram;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.volume.Dims;
import org.junit.jupiter.api.Test;

/** The stress variants change what they say and nothing of the standard phantom. */
class PhantomVariantTest {

    private static final PhantomSpec PLAIN = TestPhantoms.SMALL;

    private static Phantom variant(PhantomVariant v) {
        return get(PLAIN.withVariant(v));
    }

    /** Number of skin voxels from the top of slice z down the middle column (the first breast voxels). */
    private static int skinRunFromTop(Phantom p, int z) {
        Dims d = p.truth().dims();
        byte[] t = p.truth().data();
        int x = d.nx() / 2;
        int y = 0;
        while (t[d.index(z, y, x)] == 0) {
            y++;
        }
        int run = 0;
        while (t[d.index(z, y + run, x)] == 3) {
            run++;
        }
        return run;
    }

    @Test
    void idsAndParsing() {
        assertEquals("phantom_s1", PLAIN.id());
        assertEquals("phantom_s1_thin-skin", PLAIN.withVariant(PhantomVariant.THIN_SKIN).id());
        assertEquals(PhantomVariant.MUSCLE_TO_SURFACE, PhantomVariant.parse("muscle-to-surface"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhantomVariant.parse("x"));
        assertTrue(e.getMessage().contains("chest-wall-glands"), e.getMessage());
        assertEquals(PhantomVariant.STANDARD, PLAIN.variant());
    }

    @Test
    void skinThicknessAndDensity() {
        // slice 20 of 60: the in-plane run is the normal thickness times sqrt(1 + slope^2) (the surface
        // slopes along z), i.e. the thickness or up to about 1.2 times it, plus rounding
        int z = 20;
        assertRun(5, skinRunFromTop(get(PLAIN), z));
        assertRun(2, skinRunFromTop(variant(PhantomVariant.THIN_SKIN), z));
        assertRun(9, skinRunFromTop(variant(PhantomVariant.THICK_SKIN), z));
        assertRun(5, skinRunFromTop(variant(PhantomVariant.DENSE_SKIN), z));
        double standard = TestPhantoms.meanHu(get(PLAIN), 3);
        double dense = TestPhantoms.meanHu(variant(PhantomVariant.DENSE_SKIN), 3);
        assertTrue(dense > standard + 30, "skin mean HU " + standard + " -> " + dense);
    }

    private static void assertRun(int thickness, int run) {
        assertTrue(run >= thickness && run <= Math.ceil(1.2 * thickness) + 1, "skin run " + run + " for " + thickness);
    }

    @Test
    void muscleVariants() {
        assertEquals(0, histogram(variant(PhantomVariant.NO_MUSCLE).truth().data())[4]);
        // muscle-to-surface: on slice 0 some muscle voxel has a skin voxel as in-plane neighbour; never in the
        // standard phantom (6+ voxels of fat between them)
        assertTrue(muscleTouchesSkinOnSlice0(variant(PhantomVariant.MUSCLE_TO_SURFACE)));
        assertTrue(!muscleTouchesSkinOnSlice0(get(PLAIN)));
    }

    @Test
    void chestWallGlandsReachSliceZeroAndTheMuscle() {
        Phantom p = variant(PhantomVariant.CHEST_WALL_GLANDS);
        Dims d = p.truth().dims();
        byte[] t = p.truth().data();
        long glandsOnSlice0 = 0;
        boolean touchesMuscle = false;
        for (int i = 0; i < d.sliceSize(); i++) {
            if (t[i] == 2) {
                glandsOnSlice0++;
                touchesMuscle |= t[i + d.sliceSize()] == 4 || (i >= d.nx() && t[i - d.nx()] == 4)
                        || (i + d.nx() < d.sliceSize() && t[i + d.nx()] == 4);
            }
        }
        assertTrue(glandsOnSlice0 > 100, "glands on slice 0: " + glandsOnSlice0);
        assertTrue(touchesMuscle, "some gland voxel of slice 0 is next to muscle");
        long[] standard = histogram(get(PLAIN).truth().data());
        for (int i = 0; i < d.sliceSize(); i++) {
            assertTrue(get(PLAIN).truth().data()[i] != 2, "the standard phantom has no glands on slice 0");
        }
        assertTrue(standard[2] > 0);
    }

    private static boolean muscleTouchesSkinOnSlice0(Phantom p) {
        Dims d = p.truth().dims();
        byte[] t = p.truth().data();
        for (int y = 1; y < d.ny() - 1; y++) {
            for (int x = 1; x < d.nx() - 1; x++) {
                int i = d.index(0, y, x);
                if (t[i] == 4 && (t[i - 1] == 3 || t[i + 1] == 3 || t[i - d.nx()] == 3 || t[i + d.nx()] == 3)) {
                    return true;
                }
            }
        }
        return false;
    }
}
