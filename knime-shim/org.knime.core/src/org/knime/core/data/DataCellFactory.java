package org.knime.core.data;

import java.io.IOException;
import java.io.InputStream;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataCellFactory {

    DataType getDataType();

    /** Shim of DataCellFactory.FromInputStream. */
    public interface FromInputStream extends DataCellFactory {

        DataCell createCell(InputStream input) throws IOException;
    }
}
