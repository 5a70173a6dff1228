package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.StringValue} (knime-core, analytics-platform/5.8.2): the value
 * interface with its getter {@code getStringValue()}, as declared at the tag (the real interface also carries utility
 * factories for renderers, not used in tests).
 */
public interface StringValue extends DataValue {
    String getStringValue();
}
