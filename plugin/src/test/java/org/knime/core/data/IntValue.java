package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.IntValue} (knime-core, analytics-platform/5.8.2): the value
 * interface with its getter {@code getIntValue()}, as declared at the tag (the real interface also carries utility
 * factories for renderers, not used in tests).
 */
public interface IntValue extends DataValue {
    int getIntValue();
}
