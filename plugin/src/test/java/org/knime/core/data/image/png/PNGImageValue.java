package org.knime.core.data.image.png;

import org.knime.core.data.DataValue;

/**
 * Test-kit stand-in for {@code org.knime.core.data.image.png.PNGImageValue} (knime-core, analytics-platform/5.8.2):
 * {@code getImageContent()} as declared there (the real interface extends {@code ImageValue}, left out).
 */
public interface PNGImageValue extends DataValue {
    PNGImageContent getImageContent();
}
