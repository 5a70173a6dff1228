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

/**
 * Test-kit stand-in for {@code org.knime.core.data.def.BooleanCell} (knime-core, analytics-platform/5.8.2): the two
 * shared instances {@link #TRUE} and {@link #FALSE} (the real constructor is package-private too); same value
 * interfaces as the real cell (true reads as 1, false as 0). Checked in BooleanCell.java at the tag.
 */
public final class BooleanCell extends DataCell implements BooleanValue, IntValue, LongValue, DoubleValue,
    ComplexNumberValue, FuzzyNumberValue, FuzzyIntervalValue, BoundedValue, NominalValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(BooleanCell.class);

    public static final BooleanCell TRUE = new BooleanCell(true);

    public static final BooleanCell FALSE = new BooleanCell(false);

    private final boolean m_value;

    BooleanCell(final boolean b) {
        m_value = b;
    }

    @Override
    public boolean getBooleanValue() {
        return m_value;
    }

    @Override
    public int getIntValue() {
        return m_value ? 1 : 0;
    }

    @Override
    public double getDoubleValue() {
        return m_value ? 1 : 0;
    }

    @Override
    public String toString() {
        return Boolean.toString(m_value);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((BooleanCell)dc).m_value == m_value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(m_value);
    }
}
