package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.RowKeyValue} (knime-core, analytics-platform/5.8.2): the row id
 * string, implemented by {@link RowKey} as in the real source.
 */
public interface RowKeyValue {

    String getString();
}
