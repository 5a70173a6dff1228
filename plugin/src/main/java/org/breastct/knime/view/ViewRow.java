package org.breastct.knime.view;

import java.util.Objects;

/**
 * One breast the volume view can show: the row key, the int16 HU image and, if the row has one, its
 * uint8 label volume (same shape).
 *
 * @param key the row key (shown in the row chooser)
 * @param image the HU image
 * @param labels the label volume, or {@code null}
 */
public record ViewRow(String key, VolumeSource image, VolumeSource labels) {

    public ViewRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(image, "image");
    }
}
