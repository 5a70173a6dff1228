package org.breastct.knime.node.npywriter;

import org.breastct.knime.node.AbstractBreastCtNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the NPY Writer node. */
public final class NpyWriterNodeFactory extends AbstractBreastCtNodeFactory<NpyWriterNodeModel> {

    @Override
    public NpyWriterNodeModel createNodeModel() {
        return new NpyWriterNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new NpyWriterNodeDialog();
    }
}
