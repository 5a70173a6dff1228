package org.breastct.knime.node.viewer;

import org.breastct.knime.node.NodeConfigurations;
import org.breastct.knime.view.VolumeNodeView;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.core.webui.node.impl.WebUINodeFactory;
import org.knime.core.webui.node.view.NodeView;
import org.knime.core.webui.node.view.NodeViewFactory;

/**
 * Factory of the Breast CT Volume Viewer: web dialog and description generated from
 * {@link VolumeViewerParameters} and {@link VolumeViewerNodeInfo}; the web view is
 * {@link VolumeNodeView}. {@code WebUINodeFactory} and {@code NodeViewFactory} are internal KNIME
 * API (x-internal) that KNIME's own 5.8 nodes and views use the same way.
 */
@SuppressWarnings({"restriction", "deprecation"})
public final class VolumeViewerNodeFactory extends WebUINodeFactory<VolumeViewerNodeModel>
        implements NodeViewFactory<VolumeViewerNodeModel> {

    static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(VolumeViewerNodeInfo.INFO, VolumeViewerParameters.class);

    public VolumeViewerNodeFactory() {
        super(CONFIGURATION);
    }

    @Override
    public VolumeViewerNodeModel createNodeModel() {
        return new VolumeViewerNodeModel();
    }

    @Override
    public NodeView createNodeView(final VolumeViewerNodeModel model) {
        return new VolumeNodeView(model::viewRows);
    }
}
