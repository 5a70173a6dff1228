package org.breastct.knime.node.renderer;

import org.breastct.knime.node.AbstractBreastCtNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Factory of the Representative Image Renderer node. */
public final class RendererNodeFactory extends AbstractBreastCtNodeFactory<RendererNodeModel> {

    @Override
    public RendererNodeModel createNodeModel() {
        return new RendererNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new RendererNodeDialog();
    }
}
