package org.breastct.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FileNamePatternTest {

    @Test
    void expandsAllPlaceholders() {
        FileNamePattern p = FileNamePattern.of("segmentation_{id}_{rowid}_{column}.npy", "pattern");
        assertEquals("segmentation_B01_Row0_labels.npy", p.expand("B01", "Row0", "labels"));
    }

    @Test
    void sanitisesSubstitutedValuesOnly() {
        FileNamePattern p = FileNamePattern.of("{id}.npy", "pattern");
        assertEquals("a_b_c_d_.npy", p.expand("a/b\\c:d*", "r", "c"));
        assertEquals("x_y", FileNamePattern.sanitize("x\ty"));
        assertEquals("", FileNamePattern.sanitize(null));
    }

    @Test
    void rejectsPathsUnknownPlaceholdersAndEmptyNames() {
        assertThrows(IllegalArgumentException.class, () -> FileNamePattern.of("", "pattern"));
        assertThrows(IllegalArgumentException.class, () -> FileNamePattern.of("sub/{id}.npy", "pattern"));
        assertThrows(IllegalArgumentException.class, () -> FileNamePattern.of("{uid}.npy", "pattern"));
        assertThrows(IllegalArgumentException.class, () -> FileNamePattern.of("{id", "pattern"));
        FileNamePattern p = FileNamePattern.of("{id}", "pattern");
        assertThrows(IllegalArgumentException.class, () -> p.expand("", "r", "c"));
        assertThrows(IllegalArgumentException.class, () -> p.expand("..", "r", "c"));
    }
}
