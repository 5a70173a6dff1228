package org.breastct.knime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FileStoreNamesTest {

    @Test
    void namesAreUniquePerRowAndRoleAndNeverStartWithADot() {
        assertEquals("row0_image.npy", FileStoreNames.of(0, "image"));
        assertEquals("row12_labels.npy", FileStoreNames.of(12, "labels"));
        assertThrows(IllegalArgumentException.class, () -> FileStoreNames.of(-1, "image"));
        assertThrows(IllegalArgumentException.class, () -> FileStoreNames.of(0, "a/b"));
        assertThrows(IllegalArgumentException.class, () -> FileStoreNames.of(0, ""));
    }
}
