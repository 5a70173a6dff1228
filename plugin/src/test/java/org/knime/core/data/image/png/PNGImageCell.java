package org.knime.core.data.image.png;

import java.util.Arrays;

import org.knime.core.data.DataCell;

/**
 * Test-kit stand-in for {@code org.knime.core.data.image.png.PNGImageCell} (knime-core, analytics-platform/5.8.2): a
 * cell holding a {@link PNGImageContent}; equal by bytes. The real factory makes a {@code PNGImageBlobCell} for large
 * images (same value interface); the stand-in always makes this cell, which is of the column type
 * {@code PNGImageCellFactory.TYPE} either way.
 */
public final class PNGImageCell extends DataCell implements PNGImageValue {

    private static final long serialVersionUID = 1L;

    private final PNGImageContent m_content;

    PNGImageCell(final PNGImageContent content) {
        m_content = content;
    }

    @Override
    public PNGImageContent getImageContent() {
        return m_content;
    }

    @Override
    public String toString() {
        return "PNG " + m_content.getImage().getWidth() + "x" + m_content.getImage().getHeight();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Arrays.equals(((PNGImageCell)dc).m_content.getByteArray(), m_content.getByteArray());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(m_content.getByteArray());
    }
}
