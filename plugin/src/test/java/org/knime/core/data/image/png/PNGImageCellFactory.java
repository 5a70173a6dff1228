package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory.FromInputStream;
import org.knime.core.data.DataType;

/**
 * Test-kit stand-in for {@code org.knime.core.data.image.png.PNGImageCellFactory} (knime-core,
 * analytics-platform/5.8.2): {@code TYPE} is the type of {@link PNGImageCell} and {@code create(byte[])} is
 * {@code new PNGImageContent(bytes).toImageCell()} as in the real class (so bytes that are not an image fail with
 * {@code IllegalArgumentException}). Same header as the real class (public, not final,
 * a {@code DataCellFactory.FromInputStream}).
 */
public class PNGImageCellFactory implements FromInputStream {

    public static final DataType TYPE = PNGImageContent.TYPE;

    @Override
    public DataType getDataType() {
        return TYPE;
    }

    @Override
    public DataCell createCell(final InputStream input) throws IOException {
        return create(input.readAllBytes());
    }

    public static DataCell create(final byte[] contents) {
        return new PNGImageCell(new PNGImageContent(contents));
    }
}
