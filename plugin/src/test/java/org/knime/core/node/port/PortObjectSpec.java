package org.knime.core.node.port;

/**
 * Test-kit stand-in for the marker interface {@code org.knime.core.node.port.PortObjectSpec} (knime-core,
 * analytics-platform/5.8.2; its serializer and view methods are not used by the nodes).
 */
public interface PortObjectSpec {
}
