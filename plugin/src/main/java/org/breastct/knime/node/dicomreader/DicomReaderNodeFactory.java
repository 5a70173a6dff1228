package org.breastct.knime.node.dicomreader;

import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.node.NodeConfigurations;
import org.breastct.knime.node.NodeInfo;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.node.parameters.NodeParameters;

/** Factory of the DICOM Reader node (see {@link FileNodeFactory}). */
@SuppressWarnings({"restriction", "deprecation"})
public final class DicomReaderNodeFactory extends FileNodeFactory<DicomReaderNodeModel> {

    private static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(DicomReaderNodeInfo.INFO, DicomReaderParameters.class);

    @Override
    protected NodeInfo info() {
        return DicomReaderNodeInfo.INFO;
    }

    @Override
    protected WebUINodeConfiguration configuration() {
        return CONFIGURATION;
    }

    @Override
    protected Class<? extends NodeParameters> parameters() {
        return DicomReaderParameters.class;
    }

    @Override
    protected DicomReaderNodeModel createNodeModel(final PortsConfiguration ports) {
        return new DicomReaderNodeModel(ports);
    }
}
