package org.breastct.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

import org.junit.jupiter.api.Test;

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
    void progressMessage() {
        assertEquals("Row 1/2 'B01': skin", Messages.progressMessage("Row 1/2 'B01'", "skin"));
        assertEquals("skin", Messages.progressMessage(null, "skin"));
        assertEquals("p", Messages.progressMessage("p", ""));
        assertNull(Messages.progressMessage(null, null));
    }
}
