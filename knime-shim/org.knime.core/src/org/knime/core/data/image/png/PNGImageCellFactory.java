package org.knime.core.data.image.png;

import java.io.IOException;
import java.io.InputStream;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataCellFactory.FromInputStream;
import org.knime.core.data.DataType;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class PNGImageCellFactory implements FromInputStream {

    public static final DataType TYPE = DataType.getType(DataCell.class);

    @Override
    public DataType getDataType() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public DataCell createCell(final InputStream input) throws IOException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static DataCell create(final byte[] contents) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
