package org.breastct.knime.node.dicomreader;

import org.breastct.knime.node.AbstractBreastCtNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the DICOM Reader node. */
public final class DicomReaderNodeFactory extends AbstractBreastCtNodeFactory<DicomReaderNodeModel> {

    @Override
    public DicomReaderNodeModel createNodeModel() {
        return new DicomReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new DicomReaderNodeDialog();
    }
}
