package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.MissingValue} (knime-core, analytics-platform/5.8.2): the value
 * interface of the missing cell; a type that is compatible with it is compatible with every value (as
 * {@code DataType.isCompatible} in the real source treats it).
 */
public interface MissingValue extends DataValue {
}
