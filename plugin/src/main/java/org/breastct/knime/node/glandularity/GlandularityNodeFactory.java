package org.breastct.knime.node.glandularity;

import org.breastct.knime.node.NodeConfigurations;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.core.webui.node.impl.WebUINodeFactory;

/**
 * Factory of the Glandularity Calculator node: web dialog and node description generated from
 * {@link GlandularityParameters} and {@link GlandularityNodeInfo}. {@code WebUINodeFactory} is
 * internal KNIME API (x-internal, deprecated since 5.6 but not for removal) that KNIME's own 5.8
 * nodes use.
 */
@SuppressWarnings({"restriction", "deprecation"})
public final class GlandularityNodeFactory extends WebUINodeFactory<GlandularityNodeModel> {

    static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(GlandularityNodeInfo.INFO, GlandularityParameters.class);

    public GlandularityNodeFactory() {
        super(CONFIGURATION);
    }

    @Override
    public GlandularityNodeModel createNodeModel() {
        return new GlandularityNodeModel();
    }
}
