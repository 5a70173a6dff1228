package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentationSettingsTest {

    @Test
    void defaultsAreThePublishedValuesOfAlgorithmMd() {
        SegmentationSettings s = SegmentationSettings.DEFAULTS;
        assertEquals(130, s.siliconeHu());
        assertEquals(100, s.boneHu());
        assertEquals(-100, s.muscleHu());
        assertEquals(-180, s.skinHu());
        assertEquals(-500, s.breastHu());
        assertEquals(0.2, s.foldSliceFraction());
        assertEquals(1000, s.foldMinComponentPixels());
        assertEquals(10, s.tipSearchSlices());
        assertEquals(30, s.nippleOffset());
        assertEquals(60, s.nippleRadius());
        assertEquals(3, s.innerBand());
        assertEquals(9, s.middleBand());
        assertEquals(25, s.outerBand());
        assertEquals(15, s.skinMarkerEdt());
        assertEquals(5, s.erosionSize());
        assertEquals(7, s.skinDilation());
        assertEquals(0.4, s.skinB9SliceFraction());
        assertEquals(50, s.ribMinChestWallVoxels());
        assertEquals(3_375_000L, s.implantMinVoxels());
        assertEquals(3_375L, s.extraRibMinVoxels());
        assertEquals(5, s.implantDilation());
        assertEquals(6400, s.implantMuscleMinPixels());
        assertEquals(5.0, s.muscleSigma());
        assertEquals(-5, s.muscleSmoothHu());
        assertEquals(2, s.muscleTopNumerator());
        assertEquals(5, s.muscleTopDenominator());
        assertEquals(100, s.muscleMinSliceVoxels());
        assertEquals(19, s.implantExtensionDilation());
        assertEquals(5, s.implantExtensionSliceDivisor());
        assertEquals(7, s.muscleDilation());
        assertEquals(-51, s.glandStartHu());
        assertEquals(5, s.glandStepHu());
        assertEquals(20, s.glandMaxIterations());
        assertFalse(s.writeFoldLabel());
        assertFalse(s.scriptsGlandRule());
    }

    @Test
    void builderOverridesOneValueAndKeepsTheRest() {
        SegmentationSettings s = SegmentationSettings.DEFAULTS.toBuilder().scriptsGlandRule(true).outerBand(20).build();
        assertTrue(s.scriptsGlandRule());
        assertEquals(20, s.outerBand());
        assertEquals(SegmentationSettings.DEFAULTS, s.toBuilder().scriptsGlandRule(false).outerBand(25).build());
    }

    @Test
    void invalidValuesAreRejectedWithTheParameterName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentationSettings.DEFAULTS.toBuilder().skinDilation(6).build());
        assertTrue(e.getMessage().contains("skinDilation"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SegmentationSettings.DEFAULTS.toBuilder().foldSliceFraction(1.5).build());
        assertTrue(e.getMessage().contains("foldSliceFraction"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SegmentationSettings.DEFAULTS.toBuilder().muscleTopNumerator(6).build());
        assertTrue(e.getMessage().contains("6/5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SegmentationSettings.DEFAULTS.toBuilder().glandMaxIterations(200).build());
        assertTrue(e.getMessage().contains("-1051"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SegmentationSettings.DEFAULTS.toBuilder().breastHu(40000).build());
        assertThrows(IllegalArgumentException.class,
                () -> SegmentationSettings.DEFAULTS.toBuilder().muscleSigma(0).build());
    }
}
