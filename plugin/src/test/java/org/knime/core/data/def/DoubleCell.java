package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;

/**
 * Test-kit stand-in for {@code org.knime.core.data.def.DoubleCell} (knime-core, analytics-platform/5.8.2): a double
 * (same value interfaces as the real cell; only the double getter is kept); equal by the bits of the value, as the
 * real {@code equalsDataCell} compares with {@code Double.doubleToLongBits}. Checked in DoubleCell.java at the tag.
 */
public final class DoubleCell extends DataCell implements DoubleValue, ComplexNumberValue, FuzzyNumberValue,
    FuzzyIntervalValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(DoubleCell.class);

    private final double m_double;

    public DoubleCell(final double d) {
        m_double = d;
    }

    @Override
    public double getDoubleValue() {
        return m_double;
    }

    @Override
    public String toString() {
        return Double.toString(m_double);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return Double.doubleToLongBits(((DoubleCell)dc).m_double) == Double.doubleToLongBits(m_double);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(m_double);
    }
}
