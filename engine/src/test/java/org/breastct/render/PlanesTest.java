package org.breastct.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

class PlanesTest {

    @Test
    void tipOfTheHandBuiltVolume() {
        // slice 9 holds (3,10), (4,10), (4,14): mean row 11/3 = 3.67 -> 3, mean col 34/3 = 11.33 -> 11
        // (truncated, not rounded)
        assertEquals(new Tip(9, 3, 11, Tip.Source.LAST_50), Planes.tip(TestVolumes.labels()));
    }

    @Test
    void tipSearchesTheLast50SlicesThenFallsBack() {
        Dims d = new Dims(60, 4, 5);
        ByteVolume v = ByteVolume.zeros("t", d, Spacing.UNIT);
        v.set(5, 1, 1, 1);
        v.set(5, 2, 3, 6);
        // slice 5 is not among the last 50 (10..59)
        assertEquals(new Tip(5, 1, 2, Tip.Source.FALLBACK), Planes.tip(v));
        v.set(9, 3, 4, 1);
        assertEquals(new Tip(9, 3, 4, Tip.Source.FALLBACK), Planes.tip(v));
        v.set(10, 0, 1, 2);
        assertEquals(new Tip(10, 0, 1, Tip.Source.LAST_50), Planes.tip(v));
        v.set(59, 3, 0, 9);
        assertEquals(new Tip(59, 3, 0, Tip.Source.LAST_50), Planes.tip(v));
    }

    @Test
    void tipOfAnEmptyVolume() {
        Tip t = Planes.tip(ByteVolume.zeros("e", new Dims(3, 7, 10), Spacing.UNIT));
        assertEquals(new Tip(2, 3, 5, Tip.Source.EMPTY), t);
        assertTrue(t.describe().contains("no labelled voxel"), t.describe());
    }

    /** Random sparse volumes against a direct transcription of the scripts' loop. */
    @Test
    void tipAgainstBruteForce() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 40; trial++) {
            Dims d = new Dims(1 + rnd.nextInt(70), 1 + rnd.nextInt(9), 1 + rnd.nextInt(9));
            ByteVolume v = ByteVolume.zeros("r", d, Spacing.UNIT);
            int marks = rnd.nextInt(6);
            for (int k = 0; k < marks; k++) {
                v.set(rnd.nextInt(d.nz()), rnd.nextInt(d.ny()), rnd.nextInt(d.nx()), 1 + rnd.nextInt(9));
            }
            Tip expected = null;
            for (int z = d.nz() - 1; z >= 0 && expected == null; z--) {
                double n = 0;
                double sy = 0;
                double sx = 0;
                for (int y = 0; y < d.ny(); y++) {
                    for (int x = 0; x < d.nx(); x++) {
                        if (v.get(z, y, x) != 0) {
                            n++;
                            sy += y;
                            sx += x;
                        }
                    }
                }
                if (n > 0) {
                    expected = new Tip(z, (int) (sy / n), (int) (sx / n),
                            z >= d.nz() - 50 ? Tip.Source.LAST_50 : Tip.Source.FALLBACK);
                }
            }
            if (expected == null) {
                expected = new Tip(d.nz() - 1, d.ny() / 2, d.nx() / 2, Tip.Source.EMPTY);
            }
            assertEquals(expected, Planes.tip(v), "trial " + trial + " " + d);
        }
    }

    @Test
    void centreOfMassOfAnEmptySliceIsNull() {
        assertNull(Planes.centreOfMass(new byte[6], new Dims(1, 2, 3), 0));
    }

    @Test
    void largestTransection() {
        Dims d = new Dims(4, 2, 2);
        ByteVolume v = ByteVolume.zeros("l", d, Spacing.UNIT);
        assertEquals(0, Planes.largestTransection(v));
        v.set(1, 0, 0, 1);
        v.set(2, 0, 0, 1);
        v.set(2, 1, 1, 3);
        v.set(3, 0, 1, 2);
        v.set(3, 1, 0, 2);
        assertEquals(2, Planes.largestTransection(v), "tie between slices 2 and 3: the lower");
        v.set(3, 1, 1, 5);
        assertEquals(3, Planes.largestTransection(v));
        // hand-built volume: slices 0..8 have 10 x 12 labelled voxels each
        assertEquals(0, Planes.largestTransection(TestVolumes.labels()));
    }

    @Test
    void coronalIsOneSlice() {
        ShortVolume c = Planes.coronal(TestVolumes.coded(), 4);
        assertEquals(new Dims(1, 20, 24), c.dims());
        assertEquals(4000, c.get(0, 0, 0));
        assertEquals(4000 + 19 * 30 + 23, c.get(0, 19, 23));
        assertEquals(4000 + 7 * 30 + 2, c.get(0, 7, 2));
    }

    @Test
    void sagittalIsVolumeColonColonCol() {
        // numpy img[:, :, 7]: shape (L, R) = (12, 20), element [z, y] = img[z, y, 7]
        ShortVolume s = Planes.sagittal(TestVolumes.coded(), 7);
        assertEquals(new Dims(1, 12, 20), s.dims());
        assertEquals(3 * 1000 + 5 * 30 + 7, s.get(0, 3, 5));
        assertEquals(11 * 1000 + 19 * 30 + 7, s.get(0, 11, 19));
        for (int z = 0; z < 12; z++) {
            for (int y = 0; y < 20; y++) {
                assertEquals(z * 1000 + y * 30 + 7, s.get(0, z, y));
            }
        }
        ByteVolume ls = Planes.sagittal(TestVolumes.labels(), 10);
        assertEquals(new Dims(1, 12, 20), ls.dims());
        assertEquals(2, ls.get(0, 0, 8)); // glands at rows 8..9, cols 10..11
        assertEquals(3, ls.get(0, 8, 5)); // skin row 5
        assertEquals(2, ls.get(0, 9, 3)); // slice 9: (3, 10)
        assertEquals(0, ls.get(0, 9, 5));
        assertEquals(0, ls.get(0, 10, 8)); // slice 10 is empty
    }

    @Test
    void transversalIsVolumeColonRowColon() {
        // numpy img[:, 4, :]: shape (L, C) = (12, 24), element [z, x] = img[z, 4, x]
        ShortVolume t = Planes.transversal(TestVolumes.coded(), 4);
        assertEquals(new Dims(1, 12, 24), t.dims());
        assertEquals(10 * 1000 + 4 * 30 + 21, t.get(0, 10, 21));
        for (int z = 0; z < 12; z++) {
            for (int x = 0; x < 24; x++) {
                assertEquals(z * 1000 + 4 * 30 + x, t.get(0, z, x));
            }
        }
        ByteVolume lt = Planes.transversal(TestVolumes.labels(), 4);
        assertEquals(2, lt.get(0, 9, 10));
        assertEquals(2, lt.get(0, 9, 14));
        assertEquals(0, lt.get(0, 9, 11));
        assertEquals(0, lt.get(0, 0, 4));
    }

    @Test
    void outOfRangeIndexNamesTheVolume() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Planes.sagittal(TestVolumes.coded(), 24));
        assertTrue(e.getMessage().contains("b1") && e.getMessage().contains("column 24"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Planes.coronal(TestVolumes.labels(), 12));
        assertThrows(IllegalArgumentException.class, () -> Planes.transversal(TestVolumes.labels(), -1));
    }
}
