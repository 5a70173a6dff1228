package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataRow} (knime-core, analytics-platform/5.8.2): row key, cell
 * count and cells by index, iterable over its cells, as declared at the tag.
 */
public interface DataRow extends Iterable<DataCell> {

    int getNumCells();

    RowKey getKey();

    DataCell getCell(int index);
}
