package org.breastct.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.breastct.io.npy.NpyReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

    @Test
    void rowErrorNamesTheRowAndTheCause() {
        assertEquals("Row 'B01': file x is truncated", Messages.rowError("B01", new IOException("file x is truncated")));
        assertEquals("Row 'B01': NullPointerException", Messages.rowError("B01", new NullPointerException()));
    }

    @Test
    void fileSystemErrorsNameTheFileAndTheCause() {
        // their messages are often only the path (as root a denied permission cannot be produced on a file)
        assertEquals("Row 'B01': /out/b1.npy: permission denied",
                Messages.rowError("B01", new AccessDeniedException("/out/b1.npy")));
        assertEquals("/out/b1.npy: disk full (no space left on device)", Messages.describe(new FileSystemException(
                "/out/.b1.npy.tmp-3f", "/out/b1.npy", "No space left on device")));
        assertEquals("/out/segmentation_b1.npy: a folder is in the way",
                Messages.describe(new FileSystemException("/out/segmentation_b1.npy", null, "Is a directory")));
    }

    @Test
    void aFileErrorNamesTheFileOnce(@TempDir final Path dir) throws IOException {
        Path bad = dir.resolve("b1.npy");
        Files.write(bad, new byte[] {'n', 'o', 't', ' ', 'n', 'p', 'y', 0, 0, 0, 0, 0});
        IOException format = assertThrows(IOException.class, () -> NpyReader.readHeader(bad));
        assertTrue(format.getMessage().startsWith(bad + ": "), "the engine names the file: " + format.getMessage());
        String m = Messages.fileError(bad.toString(), bad, format);
        assertEquals("File '" + bad + "': " + format.getMessage().substring(bad.toString().length() + 2), m);
        assertEquals(1, m.split(java.util.regex.Pattern.quote(bad.toString()), -1).length - 1, m);

        Path missing = dir.resolve("none.npy");
        IOException absent = assertThrows(IOException.class, () -> NpyReader.readHeader(missing));
        assertEquals("File '" + missing + "': no such file or folder",
                Messages.fileError(missing.toString(), missing, absent));

        // read through a local copy: the user's name is kept, the copy's name is dropped
        assertEquals("File 'knime://LOCAL/data/b1.npy': " + format.getMessage().substring(bad.toString().length() + 2),
                Messages.fileError("knime://LOCAL/data/b1.npy", bad, format));
        // the name after a noun, as the engine's content checks write it
        assertEquals("File '/d/s.npy': image does not look like a CT image",
                Messages.fileError("/d/s.npy", Path.of("/d/s.npy"),
                        new IllegalArgumentException("image /d/s.npy does not look like a CT image")));
        // a cause that does not name the file is kept whole
        assertEquals("File '/d/b1.npy': dtype <f8 is not supported",
                Messages.fileError("/d/b1.npy", null, new IllegalArgumentException("dtype <f8 is not supported")));
    }

    @Test
    void progressMessage() {
        assertEquals("Row 1/2 'B01': skin", Messages.progressMessage("Row 1/2 'B01'", "skin"));
        assertEquals("skin", Messages.progressMessage(null, "skin"));
        assertEquals("p", Messages.progressMessage("p", ""));
        assertNull(Messages.progressMessage(null, null));
    }
}
