package org.breastct.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UniqueTargetsTest {

    @Test
    void secondOwnerOfATargetIsRejectedWithBothNames() {
        UniqueTargets<String> t = new UniqueTargets<>("use {rowid}");
        t.claim("out/B01.npy", "Row0");
        t.claim("out/B02.npy", "Row1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.claim("out/B01.npy", "Row2"));
        assertEquals("'Row0' and 'Row2' both give 'out/B01.npy'; use {rowid}", e.getMessage());
    }
}
