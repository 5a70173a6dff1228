package org.breastct.knime.node.npyreader;

import org.breastct.knime.node.AbstractBreastCtNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the NPY Reader node. */
public final class NpyReaderNodeFactory extends AbstractBreastCtNodeFactory<NpyReaderNodeModel> {

    @Override
    public NpyReaderNodeModel createNodeModel() {
        return new NpyReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new NpyReaderNodeDialog();
    }
}
