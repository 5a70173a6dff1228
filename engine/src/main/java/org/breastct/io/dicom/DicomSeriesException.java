package org.breastct.io.dicom;

import java.io.IOException;

/**
 * A DICOM series cannot be read or written as asked: bad or inconsistent files, an empty folder,
 * a target that exists. The message names the folder or file(s) and the cause.
 */
public class DicomSeriesException extends IOException {

    private static final long serialVersionUID = 1L;

    public DicomSeriesException(String message) {
        super(message);
    }

    public DicomSeriesException(String message, Throwable cause) {
        super(message, cause);
    }
}
