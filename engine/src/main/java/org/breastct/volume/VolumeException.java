package org.breastct.volume;

import java.io.IOException;

/**
 * A volume is not what its use needs (labels outside the known codes, an image that is not in
 * Hounsfield units, ...). The message names the volume or file and the cause.
 */
public class VolumeException extends IOException {

    private static final long serialVersionUID = 1L;

    public VolumeException(String message) {
        super(message);
    }
}
