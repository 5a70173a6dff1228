package org.breastct.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

    @Test
    void anErrorWithoutAFileGetsTheFile() {
        IOException full = new IOException("No space left on device");
        IOException e = FileErrors.naming(Path.of("/data/out/b1.npy"), full);
        assertTrue(e instanceof FileSystemException);
        FileSystemException f = (FileSystemException) e;
        assertEquals("/data/out/b1.npy", f.getFile());
        assertEquals("No space left on device", f.getReason());
        assertSame(full, f.getCause());
    }

    @Test
    void anErrorNamingItsFileIsKept() {
        AccessDeniedException denied = new AccessDeniedException("/data/out/.b1.npy.tmp-1");
        assertSame(denied, FileErrors.naming(Path.of("/data/out/b1.npy"), denied));
    }

    @Test
    void describeNamesTheTargetOfATemporaryFileAndTheCause() {
        assertEquals("/out/b1.npy: permission denied",
                FileErrors.describe(new AccessDeniedException("/out/.b1.npy.tmp-3fa9")));
        assertEquals("/out/segmentation_b1: no such file or folder", FileErrors.describe(new java.nio.file.NoSuchFileException(
                "/out/.segmentation_b1.partial-0cc2a2e8-a32f-4f29-b82b-0056f4409bfc")));
        assertEquals("/out/x.png: disk full (no space left on device)", FileErrors.describe(
                new java.io.UncheckedIOException(new FileSystemException("/out/x.png", null, "No space left on device"))));
        assertEquals("plain message", FileErrors.describe(new IllegalStateException("plain message")));
        assertEquals("NullPointerException", FileErrors.describe(new NullPointerException()));
        assertEquals(Path.of("/out/Glandularity.csv"), FileErrors.targetOfTemporary(
                Path.of("/out/.Glandularity.csv.0cc2a2e8-a32f-4f29-b82b-0056f4409bfc.tmp")));
        assertEquals(null, FileErrors.targetOfTemporary(Path.of("/out/.hidden")));
    }
}
