package org.knime.core.data;

import java.io.IOException;

import org.knime.core.internal.SerializerMethodLoader.Serializer;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataCellSerializer<T extends DataCell> extends Serializer<T> {

    void serialize(T cell, DataCellDataOutput output) throws IOException;

    T deserialize(DataCellDataInput input) throws IOException;
}
