package org.knime.core.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataCellFactory} (knime-core, analytics-platform/5.8.2): the data
 * type a factory makes and the nested {@link FromInputStream}, which {@code PNGImageCellFactory} implements in the
 * real source.
 */
public interface DataCellFactory {

    DataType getDataType();

    /** Stand-in for {@code DataCellFactory.FromInputStream}. */
    public interface FromInputStream extends DataCellFactory {
        DataCell createCell(InputStream input) throws IOException;
    }
}
