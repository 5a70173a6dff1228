package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.NominalValue;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue, ComplexNumberValue,
        FuzzyNumberValue, FuzzyIntervalValue, BoundedValue, NominalValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    public static final BooleanCell TRUE = new BooleanCell(true);

    public static final BooleanCell FALSE = new BooleanCell(false);

    BooleanCell(final boolean b) {
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
