package org.knime.core.data.convert.map;

/**
 * Test-kit stand-in for {@code org.knime.core.data.convert.map.IdentifiableType} (knime-core,
 * analytics-platform/5.8.2), implemented by {@code DataType} as in the real source.
 */
public interface IdentifiableType {

    String getIdentifier();
}
