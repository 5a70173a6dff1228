package org.breastct.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class OverwritePolicyTest {

    @Test
    void keysRoundTrip() {
        assertEquals(List.of("fail", "overwrite", "ignore"),
                Arrays.stream(OverwritePolicy.values()).map(OverwritePolicy::key).toList());
        for (OverwritePolicy p : OverwritePolicy.values()) {
            assertEquals(p, OverwritePolicy.parse(p.key()));
        }
        assertEquals(OverwritePolicy.IGNORE, OverwritePolicy.parse(" Ignore "));
        assertThrows(IllegalArgumentException.class, () -> OverwritePolicy.parse("replace"));
    }

    @Test
    void oldWorkflowsSkipValueMeansIgnore() {
        assertEquals(OverwritePolicy.IGNORE, OverwritePolicy.parse(" Skip "));
    }
}
