package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.NominalValue;
import org.knime.core.data.StringValue;

/**
 * Test-kit stand-in for {@code org.knime.core.data.def.StringCell} (knime-core, analytics-platform/5.8.2): a
 * non-null string ({@code NullPointerException} otherwise, as the real constructor), equal by string,
 * {@code toString()} is the string. Same value interfaces as the real cell. Checked in StringCell.java at the tag.
 */
public final class StringCell extends DataCell implements StringValue, NominalValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(StringCell.class);

    private final String m_string;

    public StringCell(final String str) {
        if (str == null) {
            throw new NullPointerException("String value can't be null.");
        }
        m_string = str;
    }

    @Override
    public String getStringValue() {
        return m_string;
    }

    @Override
    public String toString() {
        return m_string;
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((StringCell)dc).m_string.equals(m_string);
    }

    @Override
    public int hashCode() {
        return m_string.hashCode();
    }
}
