package org.breastct.knime.node.segmenter;

import org.breastct.knime.node.AbstractBreastCtNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Breast Segmenter node. */
public final class SegmenterNodeFactory extends AbstractBreastCtNodeFactory<SegmenterNodeModel> {

    @Override
    public SegmenterNodeModel createNodeModel() {
        return new SegmenterNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new SegmenterNodeDialog();
    }
}
