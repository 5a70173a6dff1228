package org.breastct.knime.node.segmenter;

import org.breastct.knime.node.NodeConfigurations;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.core.webui.node.impl.WebUINodeFactory;

/**
 * Factory of the Breast Segmenter node: web dialog and node description generated from
 * {@link SegmenterParameters} and {@link SegmenterNodeInfo}. {@code WebUINodeFactory} is internal
 * KNIME API (x-internal, deprecated since 5.6 but not for removal) that KNIME's own 5.8 nodes use.
 */
@SuppressWarnings({"restriction", "deprecation"})
public final class SegmenterNodeFactory extends WebUINodeFactory<SegmenterNodeModel> {

    static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(SegmenterNodeInfo.INFO, SegmenterParameters.class);

    public SegmenterNodeFactory() {
        super(CONFIGURATION);
    }

    @Override
    public SegmenterNodeModel createNodeModel() {
        return new SegmenterNodeModel();
    }
}
