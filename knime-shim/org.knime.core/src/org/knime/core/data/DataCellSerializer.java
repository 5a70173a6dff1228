package org.knime.core.data;

import java.io.IOException;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataCellSerializer<T extends DataCell> {

    void serialize(T cell, DataCellDataOutput output) throws IOException;

    T deserialize(DataCellDataInput input) throws IOException;
}
