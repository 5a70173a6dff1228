package org.breastct.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhantomSpecTest {

    @Test
    void defaultHoldsTheDocumentedValues() {
        PhantomSpec d = PhantomSpec.DEFAULT;
        assertEquals(new PhantomSpec(120, 320, 320, 1L, 0, false, false, 15.0, 0.2), d);
        assertEquals(new PhantomSpec(400, 640, 640, 1L, 0, false, false, 15.0, 0.2), PhantomSpec.BENCHMARK);
    }

    @Test
    void copyMethodsChangeOnlyTheirField() {
        PhantomSpec d = PhantomSpec.DEFAULT;
        assertEquals(new PhantomSpec(60, 200, 240, 1L, 0, false, false, 15.0, 0.2), d.withShape(60, 200, 240));
        assertEquals(new PhantomSpec(120, 320, 320, 9L, 0, false, false, 15.0, 0.2), d.withSeed(9));
        assertEquals(new PhantomSpec(120, 320, 320, 1L, 2, false, false, 15.0, 0.2), d.withRibs(2));
        assertEquals(new PhantomSpec(120, 320, 320, 1L, 0, true, false, 15.0, 0.2), d.withImplant(true));
        assertEquals(new PhantomSpec(120, 320, 320, 1L, 0, false, true, 15.0, 0.2), d.withFold(true));
        assertEquals(new PhantomSpec(120, 320, 320, 1L, 0, false, false, 0.0, 0.2), d.withNoiseHu(0));
        assertEquals(new PhantomSpec(120, 320, 320, 1L, 0, false, false, 15.0, 0.4), d.withGlandFraction(0.4));
    }

    @Test
    void idNamesSeedAndOptions() {
        assertEquals("phantom_s1", PhantomSpec.DEFAULT.id());
        assertEquals("phantom_s7_rib2_implant_fold",
                PhantomSpec.DEFAULT.withSeed(7).withRibs(2).withImplant(true).withFold(true).id());
        assertEquals("phantom_s-3_implant", PhantomSpec.DEFAULT.withSeed(-3).withImplant(true).id());
    }

    @Test
    void rejectsShapesTooSmall() {
        PhantomSpec d = PhantomSpec.DEFAULT;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withShape(19, 320, 320));
        assertTrue(e.getMessage().contains("19 x 320 x 320"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withShape(60, 127, 320));
        assertThrows(IllegalArgumentException.class, () -> d.withShape(60, 320, 127));
        assertThrows(IllegalArgumentException.class, () -> d.withShape(6000, 1024, 1024));
    }

    @Test
    void rejectsOptionsOutOfRange() {
        PhantomSpec d = PhantomSpec.DEFAULT;
        assertThrows(IllegalArgumentException.class, () -> d.withRibs(-1));
        IllegalArgumentException ribs = assertThrows(IllegalArgumentException.class, () -> d.withRibs(4));
        assertTrue(ribs.getMessage().contains("4"), ribs.getMessage());
        IllegalArgumentException fold = assertThrows(IllegalArgumentException.class,
                () -> d.withShape(60, 160, 160).withFold(true));
        assertTrue(fold.getMessage().contains("160 x 160"), fold.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withNoiseHu(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withNoiseHu(100.5));
        assertThrows(IllegalArgumentException.class, () -> d.withNoiseHu(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> d.withGlandFraction(-0.01));
        assertThrows(IllegalArgumentException.class, () -> d.withGlandFraction(0.51));
        assertThrows(IllegalArgumentException.class, () -> d.withGlandFraction(Double.NaN));
    }

    @Test
    void acceptsTheLimits() {
        PhantomSpec d = PhantomSpec.DEFAULT.withShape(20, 128, 128);
        assertEquals(3, d.withRibs(3).ribs());
        assertEquals(100.0, d.withNoiseHu(100).noiseHu());
        assertEquals(0.5, d.withGlandFraction(0.5).glandFraction());
        assertTrue(PhantomSpec.DEFAULT.withShape(20, 200, 200).withFold(true).fold());
    }
}
