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
}
