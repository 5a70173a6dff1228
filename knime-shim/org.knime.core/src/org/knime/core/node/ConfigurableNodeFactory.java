package org.knime.core.node;

import java.util.Optional;
import org.knime.core.node.context.NodeCreationConfiguration;
import org.knime.core.node.port.PortType;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class ConfigurableNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    protected ConfigurableNodeFactory() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public T createNodeModel() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    protected abstract Optional<PortsConfigurationBuilder> createPortsConfigBuilder();

    protected abstract T createNodeModel(final NodeCreationConfiguration creationConfig);

    protected abstract NodeDialogPane createNodeDialogPane(final NodeCreationConfiguration creationConfig);

    /** Shim of the nested KNIME class of the same name. */
    protected static final class PortsConfigurationBuilder {

        public PortsConfigurationBuilder() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public void addFixedInputPortGroup(final String pGrpId, final PortType... fixedPortTypes) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public void addFixedOutputPortGroup(final String pGrpId, final PortType... fixedPortTypes) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public void addOptionalInputPortGroup(final String pGrpId, final PortType... optionalPorts) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }
}
