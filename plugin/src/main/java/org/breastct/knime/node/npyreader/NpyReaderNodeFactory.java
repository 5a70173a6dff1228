package org.breastct.knime.node.npyreader;

import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.node.NodeConfigurations;
import org.breastct.knime.node.NodeInfo;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.node.parameters.NodeParameters;

/** Factory of the NPY Writer node (see {@link FileNodeFactory}). */
@SuppressWarnings({"restriction", "deprecation"})
public final class NpyReaderNodeFactory extends FileNodeFactory<NpyReaderNodeModel> {

    private static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(NpyReaderNodeInfo.INFO, NpyReaderParameters.class);

    @Override
    protected NodeInfo info() {
        return NpyReaderNodeInfo.INFO;
    }

    @Override
    protected WebUINodeConfiguration configuration() {
        return CONFIGURATION;
    }

    @Override
    protected Class<? extends NodeParameters> parameters() {
        return NpyReaderParameters.class;
    }

    @Override
    protected NpyReaderNodeModel createNodeModel(final PortsConfiguration ports) {
        return new NpyReaderNodeModel(ports);
    }
}
