package org.breastct.knime.node.npyreader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.io.npy.NpyDtype;
import org.breastct.io.npy.NpyVolumes;
import org.breastct.knime.node.npyreader.NpyReaderSettings.Reading;
import org.junit.jupiter.api.Test;

/** The NPY Reader's mapping from its settings to the engine's checked readers (issue 12). */
class NpyReaderSettingsTest {

    private static NpyReaderSettings with(final String voxelType, final int storedOffset, final boolean huCheck) {
        NpyReaderSettings d = NpyReaderSettings.DEFAULTS;
        return new NpyReaderSettings(d.pathColumn(), d.includePattern(), d.excludePattern(), voxelType, d.spacingMm(),
                d.stripPrefix(), d.columnName(), storedOffset, huCheck);
    }

    @Test
    void autoGoesByTheFilesType() {
        NpyReaderSettings s = NpyReaderSettings.DEFAULTS;
        assertEquals(Reading.MASK, s.reading(NpyDtype.BOOL));
        assertEquals(Reading.LABELS, s.reading(NpyDtype.UINT8));
        assertEquals(Reading.HU_IMAGE, s.reading(NpyDtype.INT16));
        assertEquals(Reading.HU_IMAGE, s.reading(NpyDtype.UINT16), "unsigned images go to the refusing reader");
        assertEquals(Reading.HU_IMAGE, s.reading(NpyDtype.UINT32));
        assertEquals(Reading.HU_IMAGE, s.reading(NpyDtype.FLOAT32));
    }

    @Test
    void aForcedTypeSaysWhatTheFileIs() {
        assertEquals(Reading.HU_IMAGE, with("int16", -1, true).reading(NpyDtype.BOOL), "bool as int16: refused there");
        assertEquals(Reading.HU_IMAGE, with("int16", -1, true).reading(NpyDtype.UINT8));
        assertEquals(Reading.LABELS, with("uint8", -1, true).reading(NpyDtype.BOOL), "bool as labels: refused there");
        assertEquals(Reading.LABELS, with("uint8", -1, true).reading(NpyDtype.INT16));
        assertEquals(Reading.MASK, with("bool", -1, true).reading(NpyDtype.INT16));
    }

    @Test
    void defaultsAreTheEnginesDefaults() {
        assertEquals(NpyVolumes.ImageOptions.DEFAULTS, NpyReaderSettings.DEFAULTS.imageOptions());
    }

    @Test
    void offsetAndHuCheckReachTheEngine() {
        NpyVolumes.ImageOptions o = with("auto", 1024, false).imageOptions();
        assertEquals(1024, o.storedOffset());
        assertFalse(o.checkPlausible());
        assertNull(with("auto", -1, true).imageOptions().storedOffset());
        assertTrue(with("auto", 0, true).imageOptions().checkPlausible());
        assertEquals(0, with("auto", 0, true).imageOptions().storedOffset());
    }

    @Test
    void badOffsetsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with("auto", -2, true));
        assertTrue(e.getMessage().contains("Stored-value offset"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> with("auto", 32769, true));
    }
}
