package org.knime.core.data.image.png;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class PNGImageCellFactory {

    public static final DataType TYPE = DataType.getType(DataCell.class);

    private PNGImageCellFactory() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static DataCell create(final byte[] contents) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
