package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.LongValue} (knime-core, analytics-platform/5.8.2), kept as a marker
 * interface: it is one of the value interfaces the real cells implement (their getters are not used by the nodes).
 */
public interface LongValue extends DataValue {
}
