package org.knime.core.node.context;

import java.util.Optional;
import org.knime.core.node.context.ports.PortsConfiguration;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class NodeCreationConfiguration {

    private NodeCreationConfiguration() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public Optional<? extends PortsConfiguration> getPortConfig() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
