package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataTable} (knime-core, analytics-platform/5.8.2): spec and row
 * iterator, as declared at the tag.
 */
public interface DataTable extends Iterable<DataRow> {

    DataTableSpec getDataTableSpec();

    @Override
    RowIterator iterator();
}
