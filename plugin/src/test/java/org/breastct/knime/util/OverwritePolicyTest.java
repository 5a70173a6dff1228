package org.breastct.knime.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OverwritePolicyTest {

    @Test
    void keysRoundTrip() {
        assertArrayEquals(new String[]{"fail", "overwrite", "skip"}, OverwritePolicy.keys());
        for (OverwritePolicy p : OverwritePolicy.values()) {
            assertEquals(p, OverwritePolicy.parse(p.key()));
        }
        assertEquals(OverwritePolicy.SKIP, OverwritePolicy.parse(" Skip "));
        assertThrows(IllegalArgumentException.class, () -> OverwritePolicy.parse("replace"));
    }
}
