package org.knime.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

import org.knime.core.data.meta.DataColumnMetaData;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataColumnSpecCreator} (knime-core, analytics-platform/5.8.2).
 * Mirrors the constructor (name and type must not be null: {@code NullPointerException}, as the real setters throw),
 * {@code addMetaData(meta, overwrite)} (one entry per meta data class; without {@code overwrite} the real class merges
 * with an existing entry, the stand-in keeps the first) and {@code createSpec()}. Checked by reading
 * DataColumnSpecCreator.java at the tag.
 */
public final class DataColumnSpecCreator {

    private final String m_name;

    private final DataType m_type;

    private final Map<Class<?>, DataColumnMetaData> m_metaData = new LinkedHashMap<>();

    public DataColumnSpecCreator(final String name, final DataType type) {
        if (name == null) {
            throw new NullPointerException("Name of DataColumnSpec must not be null!");
        }
        if (type == null) {
            throw new NullPointerException("Type of DataColumnSpec must not be null!");
        }
        m_name = name;
        m_type = type;
    }

    public void addMetaData(final DataColumnMetaData metaData, final boolean overwrite) {
        if (overwrite || !m_metaData.containsKey(metaData.getClass())) {
            m_metaData.put(metaData.getClass(), metaData);
        }
    }

    public DataColumnSpec createSpec() {
        return new DataColumnSpec(m_name, m_type, m_metaData);
    }
}
