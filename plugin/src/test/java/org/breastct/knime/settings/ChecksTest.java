package org.breastct.knime.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void oneOfIsCaseInsensitiveAndReturnsTheCanonicalSpelling() {
        assertEquals("grey", Checks.oneOf("Mode", " GREY ", "grey", "colour"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.oneOf("Mode", "blue", "grey", "colour"));
        assertTrue(e.getMessage().contains("Mode"), e.getMessage());
        assertTrue(e.getMessage().contains("blue"), e.getMessage());
    }

    @Test
    void noneColumn() {
        assertTrue(Checks.isNone(null));
        assertTrue(Checks.isNone(""));
        assertTrue(Checks.isNone("<none>"));
        assertFalse(Checks.isNone("cylinder"));
    }

    @Test
    void numbers() {
        assertEquals(0, Checks.atLeast("Threads", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Checks.atLeast("Threads", -1, 0));
        assertThrows(IllegalArgumentException.class, () -> Checks.positive("Spacing", 0));
        assertThrows(IllegalArgumentException.class, () -> Checks.positive("Spacing", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Checks.positive("Spacing", Double.POSITIVE_INFINITY));
        assertEquals(0.3, Checks.positive("Spacing", 0.3));
    }
}
