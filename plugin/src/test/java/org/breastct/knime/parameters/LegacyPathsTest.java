package org.breastct.knime.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LegacyPathsTest {

    @Test
    void urlsPathsAndEmpty() {
        assertEquals(LegacyPaths.Kind.URL, LegacyPaths.kind("knime://knime.workflow/../data/dicom"));
        assertEquals(LegacyPaths.Kind.URL, LegacyPaths.kind(" knime://knime.mountpoint/data "));
        assertEquals(LegacyPaths.Kind.URL, LegacyPaths.kind("file:/home/u/data"));
        assertEquals(LegacyPaths.Kind.LOCAL_PATH, LegacyPaths.kind("/home/u/data"));
        assertEquals(LegacyPaths.Kind.LOCAL_PATH, LegacyPaths.kind("C:\\data\\breasts"), "a drive letter is no scheme");
        assertEquals(LegacyPaths.Kind.LOCAL_PATH, LegacyPaths.kind("data/breasts"));
        assertEquals(LegacyPaths.Kind.EMPTY, LegacyPaths.kind("  "));
        assertEquals(LegacyPaths.Kind.EMPTY, LegacyPaths.kind(null));
    }

    enum Mode {
        GREY, LARGEST_TRANSECTION
    }

    @Test
    void enumKeysAreLowerCaseNamesParsedCaseInsensitively() {
        assertEquals("largest_transection", EnumKeys.key(Mode.LARGEST_TRANSECTION));
        assertEquals(Mode.GREY, EnumKeys.parse(Mode.class, " Grey ", "Mode"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnumKeys.parse(Mode.class, "rainbow", "Label image mode"));
        assertEquals("Label image mode must be one of grey, largest_transection, got 'rainbow'", e.getMessage());
    }
}
