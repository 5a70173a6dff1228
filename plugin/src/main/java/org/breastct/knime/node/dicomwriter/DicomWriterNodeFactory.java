package org.breastct.knime.node.dicomwriter;

import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.node.NodeConfigurations;
import org.breastct.knime.node.NodeInfo;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.node.parameters.NodeParameters;

/** Factory of the NPY Writer node (see {@link FileNodeFactory}). */
@SuppressWarnings({"restriction", "deprecation"})
public final class DicomWriterNodeFactory extends FileNodeFactory<DicomWriterNodeModel> {

    private static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(DicomWriterNodeInfo.INFO, DicomWriterParameters.class);

    @Override
    protected NodeInfo info() {
        return DicomWriterNodeInfo.INFO;
    }

    @Override
    protected WebUINodeConfiguration configuration() {
        return CONFIGURATION;
    }

    @Override
    protected Class<? extends NodeParameters> parameters() {
        return DicomWriterParameters.class;
    }

    @Override
    protected DicomWriterNodeModel createNodeModel(final PortsConfiguration ports) {
        return new DicomWriterNodeModel(ports);
    }
}
