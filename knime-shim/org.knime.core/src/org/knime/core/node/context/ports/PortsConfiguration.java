package org.knime.core.node.context.ports;

import java.util.Map;
import org.knime.core.node.port.PortType;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface PortsConfiguration {

    PortType[] getInputPorts();

    PortType[] getOutputPorts();

    Map<String, int[]> getInputPortLocation();
}
