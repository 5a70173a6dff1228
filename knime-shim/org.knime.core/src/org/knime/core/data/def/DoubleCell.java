package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DoubleCell extends DataCell implements DoubleValue, ComplexNumberValue, FuzzyNumberValue, FuzzyIntervalValue,
        BoundedValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(DoubleCell.class);

    public DoubleCell(final double d) {
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
