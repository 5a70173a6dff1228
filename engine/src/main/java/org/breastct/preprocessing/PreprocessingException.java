package org.breastct.preprocessing;

import java.io.IOException;

/** Section 1 of the method cannot be applied to a volume; the message names the source and the cause. */
public class PreprocessingException extends IOException {

    private static final long serialVersionUID = 1L;

    public PreprocessingException(String message) {
        super(message);
    }
}
