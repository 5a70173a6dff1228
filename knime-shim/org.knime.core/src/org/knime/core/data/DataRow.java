package org.knime.core.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(int index);
}
