package org.breastct.preprocessing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

/** Section 1 of the method on plain volumes, without DICOM (hand-computed values). */
class PreprocessingTest {

    private static final Spacing SP = new Spacing(0.3, 0.4, 0.5);

    private static ShortVolume vol(int nz, int ny, int nx, int... v) {
        short[] s = new short[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = (short) v[i];
        }
        return new ShortVolume("v", new Dims(nz, ny, nx), SP, s);
    }

    private static short[] shorts(int... v) {
        short[] s = new short[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = (short) v[i];
        }
        return s;
    }

    private static final PreprocessingSettings RAW = new PreprocessingSettings(false, 0, 3, false);

    @Test
    void rescaleMapsPaddingToZeroTruncatesTheSlopeAndWrapsLikeInt16() {
        ShortVolume v = vol(1, 1, 6, 3, -3, -2000, 1, -1, 32767);
        Preprocessing.rescale(v, new Rescale(0.5, -1024.6));
        // 1.5->1, -1.5->-1, padding->0, 0.5->0, -0.5->0, 16383.5->16383; intercept truncated to -1024
        assertArrayEquals(shorts(-1023, -1025, -1024, -1024, -1024, 15359), v.data());
        ShortVolume w = vol(1, 1, 2, -32000, 100);
        Preprocessing.rescale(w, Rescale.storedOffset(1024));
        assertArrayEquals(shorts(32512, -924), w.data(), "-32000 - 1024 wraps around as numpy int16 does");
    }

    @Test
    void ringIsTakenBeforeTheRemovalAndTrimmingKeepsDummiesToL() throws Exception {
        // 1 x 6 slices; with margin 2 the radius is 1: only column 2 lies inside (d^2 = 0.25), see CylinderGeometry
        assertArrayEquals(new boolean[] {true, true, false, true, true, true}, CylinderGeometry.outsideMask(1, 6, 2));
        ShortVolume v = vol(6, 1, 6,
                100, 0, 600, 0, 0, 0,          // slice 0: inside -424 HU (non-empty)
                0, 0, 600, 0, 0, 0,            // slice 1
                0, 0, 600, 0, 0, 0,            // slice 2
                900, 400, 700, -2000, 1100, 0, // slice 3 (ring slice): outside -124, -624, padding, 76
                0, 0, 800, 0, 0, 0,            // slice 4: inside -224
                0, 0, 0, 0, 0, 2000);          // slice 5: only outside 976 HU: empty after the removal
        PreprocessedVolume p = Preprocessing.apply(v, new Rescale(1, -1024),
                new PreprocessingSettings(true, 2, 3, true), z -> "f" + z, "test volume", Progress.NONE);
        assertArrayEquals(new boolean[] {true, false, false, false, true, false}, p.cylinderRing().data(),
                "ring: outside and above -500 HU on slice 3, before the removal");
        assertEquals(Dims.slice(1, 6), p.cylinderRing().dims());
        // l = 5 (slices 0-4), keep [3, 5)
        assertArrayEquals(shorts(-1024, -1024, -324, -1024, -1024, -1024, -1024, -1024, -224, -1024, -1024, -1024),
                p.volume().data());
        assertEquals(3, p.firstKeptSlice());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void keepsSlicesThreeToLAsTheScriptsDo() throws Exception {
        ShortVolume v = vol(7, 1, 1, 10, 11, 12, 13, 14, -900, -900);
        PreprocessedVolume p = Preprocessing.apply(v, Rescale.IDENTITY, new PreprocessingSettings(false, 0, 3, true),
                null, "column", Progress.NONE);
        assertArrayEquals(shorts(13, 14), p.volume().data());
        assertEquals(new Dims(2, 1, 1), p.volume().dims());
        assertEquals(3, p.firstKeptSlice());
        assertEquals(SP, p.volume().spacing());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void aGapInTheBreastIsTrimmedLiterallyWithAWarningNamingTheSlice() throws Exception {
        ShortVolume v = vol(8, 1, 1, 0, 0, 0, 10, -600, 11, 12, -700);
        PreprocessedVolume p = Preprocessing.apply(v, Rescale.IDENTITY, new PreprocessingSettings(false, 0, 3, true),
                z -> "s0" + z, "col", Progress.NONE);
        assertArrayEquals(shorts(10, -600, 11), p.volume().data());
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).contains("in col: slice 4 (s04) is empty but 6 slices are non-empty"),
                p.warnings().get(0));
    }

    @Test
    void aBreastAtTheEndOfTheSlicesIsReversedOrderAndRefused() {
        ShortVolume v = vol(7, 1, 1, -1000, -1000, 10, 10, 10, 10, 10);
        PreprocessingException e = assertThrows(PreprocessingException.class, () -> Preprocessing.apply(v,
                Rescale.IDENTITY, new PreprocessingSettings(false, 0, 3, true), z -> "f" + z, "the series in X",
                Progress.NONE));
        assertTrue(e.getMessage().startsWith("the slices of the series in X seem to be in reverse order: slice 0 (f0)"
                + " has no voxel above -500 HU but the last slice 6 (f6) has (the first such slice is 2)"),
                e.getMessage());
    }

    @Test
    void tooFewNonEmptySlicesIsAnError() {
        ShortVolume v = vol(5, 1, 1, 0, 0, 0, -1000, -1000);
        PreprocessingException e = assertThrows(PreprocessingException.class, () -> Preprocessing.apply(v,
                Rescale.IDENTITY, new PreprocessingSettings(false, 0, 3, true), null, "col", Progress.NONE));
        assertEquals("cannot trim col: only 3 of 5 slices contain a voxel above -500 HU, not more than the 3 dummy"
                + " slices to drop", e.getMessage());
    }

    @Test
    void withoutTrimmingEverySliceIsKeptAndAShortVolumeHasNoRing() throws Exception {
        ShortVolume v = vol(2, 1, 1, 5, -2000);
        PreprocessedVolume p = Preprocessing.apply(v, new Rescale(1, -1024), RAW, null, "short", Progress.NONE);
        assertArrayEquals(shorts(-1019, -1024), p.volume().data());
        assertNull(p.cylinderRing());
        assertEquals(List.of("short has only 2 slices: no slice 3 to take the cylinder ring from"), p.warnings());
    }
}
