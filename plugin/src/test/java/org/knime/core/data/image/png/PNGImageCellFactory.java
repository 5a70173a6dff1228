package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/**
 * Test-kit stand-in for {@code org.knime.core.data.image.png.PNGImageCellFactory} (knime-core,
 * analytics-platform/5.8.2): {@code TYPE} is the type of {@link PNGImageCell} and {@code create(byte[])} is
 * {@code new PNGImageContent(bytes).toImageCell()} as in the real class (so bytes that are not an image fail with
 * {@code IllegalArgumentException}). Note: the real class is a public non-final class implementing
 * {@code FromInputStream}; the compile-only shim declares it {@code final} with a private constructor (reported to
 * the shim, harmless for static calls).
 */
public class PNGImageCellFactory {

    public static final DataType TYPE = PNGImageContent.TYPE;

    public static DataCell create(final byte[] contents) {
        return new PNGImageCell(new PNGImageContent(contents));
    }
}
