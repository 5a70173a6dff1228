package org.knime.core.node.port;

/**
 * Test-kit stand-in for {@code org.knime.core.node.port.PortObject} (knime-core, analytics-platform/5.8.2), reduced
 * to {@code getSpec()} (the real interface also has {@code getSummary()} and {@code getViews()}, which no node calls).
 */
public interface PortObject {

    PortObjectSpec getSpec();
}
