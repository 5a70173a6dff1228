package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentationSettingsTest {

    /** The values of docs/method.md section 2, written out here independently of the records. */
    @Test
    void defaultsAreThePublishedValuesOfMethodMd() {
        SegmentationSettings s = SegmentationSettings.DEFAULTS;
        assertEquals(new Thresholds(130, 100, -100, -180, -500), s.thresholds());
        assertEquals(5, s.erosionSize());
        assertEquals(0.2, s.fold().sliceFraction());
        assertEquals(1000, s.fold().minComponentPixels());
        SkinSettings skin = s.skin();
        assertEquals(10, skin.tipSearchSlices());
        assertEquals(30, skin.nippleOffset());
        assertEquals(60, skin.nippleRadius());
        assertEquals(3, skin.innerBand());
        assertEquals(9, skin.middleBand());
        assertEquals(25, skin.outerBand());
        assertEquals(15, skin.markerEdt());
        assertEquals(7, skin.dilation());
        assertEquals(0.4, skin.middleBandFromFraction());
        assertEquals(new RibSettings(50, 3_375_000L, 3_375L, 5), s.ribs());
        MuscleSettings m = s.muscle();
        assertEquals(6400, m.implantMinPixels());
        assertEquals(5.0, m.sigma());
        assertEquals(-5, m.smoothHu());
        assertEquals(2, m.topNumerator());
        assertEquals(5, m.topDenominator());
        assertEquals(100, m.minSliceVoxels());
        assertEquals(19, m.implantExtensionDilation());
        assertEquals(5, m.implantExtensionSliceDivisor());
        assertEquals(7, m.dilation());
        assertEquals(new GlandSettings(-51, 5, 20), s.glands());
        assertFalse(s.writeFoldLabel());
        assertFalse(s.scriptsParity());
        assertEquals(SegmentationMethod.PUBLISHED, s.method());
    }

    @Test
    void oneValueChangesAndTheRestStays() {
        SegmentationSettings s = SegmentationSettings.DEFAULTS.withScriptsParity(true)
                .withSkin(k -> k.withOuterBand(20));
        assertTrue(s.scriptsParity());
        assertEquals(20, s.skin().outerBand());
        assertEquals(SkinSettings.DEFAULTS.withNipple(30, 60), s.skin().withOuterBand(25));
        assertEquals(SegmentationSettings.DEFAULTS, s.withScriptsParity(false).withSkin(k -> k.withOuterBand(25)));
        assertEquals(7000, SegmentationSettings.DEFAULTS.withRibs(r -> r.withImplantMinVoxels(7000)).ribs()
                .implantMinVoxels());
        assertEquals(SegmentationMethod.ROBUST, SegmentationSettings.DEFAULTS.withMethod(SegmentationMethod.ROBUST)
                .method());
    }

    @Test
    void invalidValuesAreRejectedWithTheParameterName() {
        SegmentationSettings d = SegmentationSettings.DEFAULTS;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> d.withSkin(k -> k.withDilation(6)));
        assertTrue(e.getMessage().contains("skinDilation"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withFold(f -> f.withSliceFraction(1.5)));
        assertTrue(e.getMessage().contains("foldSliceFraction"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withMuscle(m -> m.withTopFraction(6, 5)));
        assertTrue(e.getMessage().contains("6/5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withGlands(new GlandSettings(-51, 5, 200)));
        assertTrue(e.getMessage().contains("-1051"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Thresholds(130, 100, -100, -180, 40000));
        assertTrue(e.getMessage().contains("breastHu"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withMuscle(m -> m.withSigma(0)));
        e = assertThrows(IllegalArgumentException.class, () -> new SegmentationSettings(d.thresholds(), 4, d.fold(),
                d.skin(), d.ribs(), d.muscle(), d.glands(), false, false, SegmentationMethod.PUBLISHED));
        assertTrue(e.getMessage().contains("erosionSize"), e.getMessage());
        assertThrows(NullPointerException.class, () -> d.withThresholds(null));
    }
}
