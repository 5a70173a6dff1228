package org.breastct.knime.node.renderer;

import org.breastct.knime.node.NodeConfigurations;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.core.webui.node.impl.WebUINodeFactory;

/**
 * Factory of the Representative Image Renderer node: web dialog and node description generated from
 * {@link RendererParameters} and {@link RendererNodeInfo}. {@code WebUINodeFactory} is internal
 * KNIME API (x-internal, deprecated since 5.6 but not for removal) that KNIME's own 5.8 nodes use.
 */
@SuppressWarnings({"restriction", "deprecation"})
public final class RendererNodeFactory extends WebUINodeFactory<RendererNodeModel> {

    static final WebUINodeConfiguration CONFIGURATION =
            NodeConfigurations.of(RendererNodeInfo.INFO, RendererParameters.class);

    public RendererNodeFactory() {
        super(CONFIGURATION);
    }

    @Override
    public RendererNodeModel createNodeModel() {
        return new RendererNodeModel();
    }
}
