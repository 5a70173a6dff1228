package org.breastct.knime.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void rowErrorNamesTheRowAndTheCause() {
        assertEquals("Row 'B01': file x is truncated", Messages.rowError("B01", new IOException("file x is truncated")));
        assertEquals("Row 'B01': NullPointerException", Messages.rowError("B01", new NullPointerException()));
    }

    @Test
    void progressMessage() {
        assertEquals("Row 1/2 'B01': skin", Messages.progressMessage("Row 1/2 'B01'", "skin"));
        assertEquals("skin", Messages.progressMessage(null, "skin"));
        assertEquals("p", Messages.progressMessage("p", ""));
        assertNull(Messages.progressMessage(null, null));
    }
}
