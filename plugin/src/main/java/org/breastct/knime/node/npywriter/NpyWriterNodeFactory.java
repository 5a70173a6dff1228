package org.breastct.knime.node.npywriter;

import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.node.NodeConfigurations;
import org.breastct.knime.node.NodeInfo;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.node.parameters.NodeParameters;

/** Factory of the NPY Writer node (see {@link FileNodeFactory}). */
@SuppressWarnings({"restriction", "deprecation"})
public final class NpyWriterNodeFactory extends FileNodeFactory<NpyWriterNodeModel> {

    private static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(NpyWriterNodeInfo.INFO, NpyWriterParameters.class);

    @Override
    protected NodeInfo info() {
        return NpyWriterNodeInfo.INFO;
    }

    @Override
    protected WebUINodeConfiguration configuration() {
        return CONFIGURATION;
    }

    @Override
    protected Class<? extends NodeParameters> parameters() {
        return NpyWriterParameters.class;
    }

    @Override
    protected NpyWriterNodeModel createNodeModel(final PortsConfiguration ports) {
        return new NpyWriterNodeModel(ports);
    }
}
