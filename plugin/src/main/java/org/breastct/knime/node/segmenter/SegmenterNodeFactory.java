package org.breastct.knime.node.segmenter;

import org.breastct.knime.node.NodeConfigurations;
import org.breastct.knime.view.VolumeNodeView;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.core.webui.node.impl.WebUINodeFactory;
import org.knime.core.webui.node.view.NodeView;
import org.knime.core.webui.node.view.NodeViewFactory;

/**
 * Factory of the Breast Segmenter node: web dialog and node description generated from
 * {@link SegmenterParameters} and {@link SegmenterNodeInfo}; its web view shows the segmented
 * breasts ({@link VolumeNodeView}). {@code WebUINodeFactory} and {@code NodeViewFactory} are
 * internal KNIME API (x-internal; the first deprecated since 5.6 but not for removal) that KNIME's
 * own 5.8 nodes use.
 */
@SuppressWarnings({"restriction", "deprecation"})
public final class SegmenterNodeFactory extends WebUINodeFactory<SegmenterNodeModel>
        implements NodeViewFactory<SegmenterNodeModel> {

    static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(SegmenterNodeInfo.INFO, SegmenterParameters.class);

    public SegmenterNodeFactory() {
        super(CONFIGURATION);
    }

    @Override
    public SegmenterNodeModel createNodeModel() {
        return new SegmenterNodeModel();
    }

    @Override
    public NodeView createNodeView(final SegmenterNodeModel model) {
        return new VolumeNodeView(model::viewRows);
    }
}
