package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.BooleanValue} (knime-core, analytics-platform/5.8.2): the value
 * interface with its getter {@code getBooleanValue()}, as declared at the tag (the real interface also carries utility
 * factories for renderers, not used in tests).
 */
public interface BooleanValue extends DataValue {
    boolean getBooleanValue();
}
