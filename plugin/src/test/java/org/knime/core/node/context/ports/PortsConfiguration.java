package org.knime.core.node.context.ports;

import java.util.Map;

import org.knime.core.node.port.PortType;

/**
 * Test-kit stand-in for {@code org.knime.core.node.context.ports.PortsConfiguration} (knime-core,
 * analytics-platform/5.8.2), reduced to the three methods the nodes call (the real interface has more; the kit
 * shadows it so that the kit's implementation keeps compiling whatever the shim declares).
 */
public interface PortsConfiguration {

    PortType[] getInputPorts();

    PortType[] getOutputPorts();

    Map<String, int[]> getInputPortLocation();
}
