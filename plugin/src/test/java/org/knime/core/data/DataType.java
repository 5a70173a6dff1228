package org.knime.core.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.knime.core.data.convert.map.IdentifiableType;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataType} (knime-core,
 * {@code org.knime.core/src/eclipse/org/knime/core/data/DataType.java} at analytics-platform/5.8.2). Mirrors:
 * {@code getType(Class)} (one type per cell class, its value classes = every {@link DataValue} interface the cell
 * class implements), {@code isCompatible(Class)} (true if one of the value classes is assignable to the argument, or
 * the type is the missing type), {@code isASuperTypeOf(DataType)} (the other type is compatible with all value classes
 * of this one; a missing type always is: what {@code DataContainer.addRowToTable} checks every cell with) and
 * {@code getMissingCell()} (one shared missing cell whose {@code isMissing()} is true). Checked by reading
 * {@code isCompatible}, {@code isASuperTypeOfInternal} and {@code getMissingCell} at the tag; collection and adapter
 * types are left out (no node uses them).
 */
public final class DataType implements IdentifiableType {

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private final Class<? extends DataCell> m_cellClass;

    private final List<Class<? extends DataValue>> m_valueClasses;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
        Set<Class<? extends DataValue>> values = new LinkedHashSet<>();
        collect(cellClass, values);
        m_valueClasses = new ArrayList<>(values);
    }

    @SuppressWarnings("unchecked")
    private static void collect(final Class<?> c, final Set<Class<? extends DataValue>> out) {
        if (c == null) {
            return;
        }
        for (Class<?> i : c.getInterfaces()) {
            if (DataValue.class.isAssignableFrom(i) && i != DataValue.class) {
                out.add((Class<? extends DataValue>)i);
            }
            collect(i, out);
        }
        collect(c.getSuperclass(), out);
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        if (cell == null) {
            throw new NullPointerException("Cell class must not be null.");
        }
        return TYPES.computeIfAbsent(cell, DataType::new);
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        for (Class<? extends DataValue> cl : m_valueClasses) {
            if (MissingValue.class.equals(cl) || valueClass.isAssignableFrom(cl)) {
                return true;
            }
        }
        return false;
    }

    /** As the real method: {@code type} is compatible with every value class of this type (or is missing). */
    public boolean isASuperTypeOf(final DataType type) {
        if (type == this || type.isCompatible(MissingValue.class)) {
            return true;
        }
        for (Class<? extends DataValue> cl : m_valueClasses) {
            if (!type.isCompatible(cl)) {
                return false;
            }
        }
        return m_valueClasses.isEmpty() ? type.m_cellClass == m_cellClass : true;
    }

    /** The cell class (the real {@code getCellClass()}). */
    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /** The cell class name (the real identifier also encodes collection element types). */
    @Override
    public String getIdentifier() {
        return m_cellClass.getName();
    }

    public static DataCell getMissingCell() {
        return MissingCell.INSTANCE;
    }

    @Override
    public String toString() {
        return m_cellClass.getSimpleName();
    }

    /** The missing cell (the real one is {@code DataType.MissingCell}, a private nested class too). */
    private static final class MissingCell extends DataCell implements MissingValue {
        private static final long serialVersionUID = 1L;

        static final MissingCell INSTANCE = new MissingCell();

        @Override
        public String toString() {
            return "?";
        }

        @Override
        protected boolean equalsDataCell(final DataCell dc) {
            return true;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
