package org.breastct.knime.node.dicomwriter;

import org.breastct.knime.node.AbstractBreastCtNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the DICOM Writer node. */
public final class DicomWriterNodeFactory extends AbstractBreastCtNodeFactory<DicomWriterNodeModel> {

    @Override
    public DicomWriterNodeModel createNodeModel() {
        return new DicomWriterNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DicomWriterNodeDialog();
    }
}
