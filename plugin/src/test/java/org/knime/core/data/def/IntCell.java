package org.knime.core.data.def;

import org.knime.core.data.BoundedValue;
import org.knime.core.data.ComplexNumberValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.FuzzyIntervalValue;
import org.knime.core.data.FuzzyNumberValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;

/**
 * Test-kit stand-in for {@code org.knime.core.data.def.IntCell} (knime-core, analytics-platform/5.8.2): an int,
 * also readable as double; same (non-final) class header and value interfaces as the real cell, only the int and
 * double getters are kept. Checked in IntCell.java at the tag.
 */
public class IntCell extends DataCell implements IntValue, LongValue, DoubleValue, ComplexNumberValue, FuzzyNumberValue,
    FuzzyIntervalValue, BoundedValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(IntCell.class);

    private final int m_int;

    public IntCell(final int i) {
        m_int = i;
    }

    @Override
    public int getIntValue() {
        return m_int;
    }

    @Override
    public double getDoubleValue() {
        return m_int;
    }

    @Override
    public String toString() {
        return Integer.toString(m_int);
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((IntCell)dc).m_int == m_int;
    }

    @Override
    public int hashCode() {
        return m_int;
    }
}
