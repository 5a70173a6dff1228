package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(StringCell.class);

    public StringCell(final String str) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
