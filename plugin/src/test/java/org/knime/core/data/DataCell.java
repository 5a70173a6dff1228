package org.knime.core.data;

import java.io.Serializable;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataCell} (knime-core,
 * {@code org.knime.core/src/eclipse/org/knime/core/data/DataCell.java} at analytics-platform/5.8.2). Mirrors
 * {@code isMissing()} (true exactly for cells implementing {@link MissingValue}), {@code getType()} (the type of the
 * runtime class) and the final {@code equals} that compares the runtime class, missing-ness and then
 * {@code equalsDataCell}, as the real class does (the real one also handles adapter and blob cells, which the nodes do
 * not use).
 */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    public DataCell() {
    }

    public boolean isMissing() {
        return this instanceof MissingValue;
    }

    /** The type of this cell's class ({@code DataType.getType(getClass())}). */
    public DataType getType() {
        return DataType.getType(getClass());
    }

    @Override
    public abstract String toString();

    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public abstract int hashCode();

    @Override
    public final boolean equals(final Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DataCell other) || other.getClass() != getClass()) {
            return false;
        }
        return equalsDataCell(other);
    }
}
