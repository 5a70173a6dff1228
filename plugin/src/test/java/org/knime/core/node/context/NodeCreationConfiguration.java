package org.knime.core.node.context;

import java.util.Optional;

import org.knime.core.node.context.ports.PortsConfiguration;

/**
 * Test-kit stand-in for {@code org.knime.core.node.context.NodeCreationConfiguration} (knime-core,
 * analytics-platform/5.8.2): holds the node's ports configuration ({@code getPortConfig()}). Kit only: the public
 * constructor (the real instances come from {@code ConfigurableNodeFactory.createNodeCreationConfig()}).
 */
public class NodeCreationConfiguration {

    private final PortsConfiguration m_ports;

    /** Kit only. */
    public NodeCreationConfiguration(final PortsConfiguration ports) {
        m_ports = ports;
    }

    public Optional<? extends PortsConfiguration> getPortConfig() {
        return Optional.ofNullable(m_ports);
    }
}
