package org.breastct.knime.node.glandularity;

import org.breastct.knime.node.AbstractBreastCtNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Glandularity Calculator node. */
public final class GlandularityNodeFactory extends AbstractBreastCtNodeFactory<GlandularityNodeModel> {

    @Override
    public GlandularityNodeModel createNodeModel() {
        return new GlandularityNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new GlandularityNodeDialog();
    }
}
