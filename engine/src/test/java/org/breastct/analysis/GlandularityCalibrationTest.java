package org.breastct.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlandularityCalibrationTest {

    private static final double EPS = 1e-12;

    @Test
    void calibrationPointsAndSlope() {
        // fat (-255 HU) is G = 0, fibroglandular tissue (-41 HU) is G = 1 (docs/method.md 2.6)
        assertEquals(0.0, GlandularityCalibration.g(-255), EPS);
        assertEquals(1.0, GlandularityCalibration.g(-41), EPS);
        // slope 1/214 on the grid value
        assertEquals((-150 + 255) / 214.0, GlandularityCalibration.g(-150), EPS);
    }

    @Test
    void clampsToTheGrid() {
        // below -300 HU the nearest grid point is -300: (-300 + 469) / 214 - 1
        assertEquals(169 / 214.0 - 1, GlandularityCalibration.g(-500), EPS);
        assertEquals(169 / 214.0 - 1, GlandularityCalibration.g(-299.96), EPS);
        // above 0 HU: 255 / 214
        assertEquals(255 / 214.0, GlandularityCalibration.g(10), EPS);
        assertEquals(255 / 214.0, GlandularityCalibration.g(-0.04), EPS);
    }

    @Test
    void halfwayValuesGoToTheLowerGridPointAsNumpyArgminDoes() {
        // numpy: linspace(-300, 0, 3001)[argmin(|grid - hu|)] gives -100.3 for -100.25 and -120.8 for -120.75
        assertEquals((-100.3 + 255) / 214, GlandularityCalibration.g(-100.25), 1e-9);
        assertEquals((-120.8 + 255) / 214, GlandularityCalibration.g(-120.75), 1e-9);
        assertEquals((-87.7 + 255) / 214, GlandularityCalibration.g(-87.65), 1e-9);
    }

    @Test
    void noTissueIsNaN() {
        assertTrue(Double.isNaN(GlandularityCalibration.g(Double.NaN)));
    }
}
