package org.knime.core.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.knime.core.data.meta.DataColumnMetaData;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataColumnSpec} (knime-core, analytics-platform/5.8.2):
 * immutable name, type and column meta data (made only by {@link DataColumnSpecCreator}, as in KNIME). Mirrors
 * {@code getName()}, {@code getType()}, {@code getMetaDataOfType(Class)} and {@code equals} over name, type and meta
 * data (the real {@code equals} also compares domain, properties and handlers, which the nodes never set). Checked by
 * reading DataColumnSpec.java at the tag.
 */
public final class DataColumnSpec {

    private final String m_name;

    private final DataType m_type;

    private final Map<Class<?>, DataColumnMetaData> m_metaData;

    DataColumnSpec(final String name, final DataType type, final Map<Class<?>, DataColumnMetaData> metaData) {
        m_name = name;
        m_type = type;
        m_metaData = Collections.unmodifiableMap(new LinkedHashMap<>(metaData));
    }

    public String getName() {
        return m_name;
    }

    public DataType getType() {
        return m_type;
    }

    /** The meta data of class {@code type}, if present (as the real {@code getMetaDataOfType}). */
    public <M extends DataColumnMetaData> Optional<M> getMetaDataOfType(final Class<M> type) {
        return Optional.ofNullable(type.cast(m_metaData.get(type)));
    }

    Map<Class<?>, DataColumnMetaData> metaData() {
        return m_metaData;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataColumnSpec c && m_name.equals(c.m_name) && m_type.equals(c.m_type)
            && m_metaData.equals(c.m_metaData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_name, m_type);
    }

    @Override
    public String toString() {
        return m_name + " (" + m_type + ")";
    }
}
