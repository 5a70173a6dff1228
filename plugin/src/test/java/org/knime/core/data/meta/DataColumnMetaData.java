package org.knime.core.data.meta;

/**
 * Test-kit stand-in for the marker interface {@code org.knime.core.data.meta.DataColumnMetaData} (knime-core,
 * analytics-platform/5.8.2).
 */
public interface DataColumnMetaData {
}
