package org.breastct.knime.node;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;

/**
 * Base of the extension's node factories: no views, a dialog. The node description is the
 * {@code <FactoryName>.xml} next to the factory.
 *
 * @param <T> the node model
 */
public abstract class AbstractBreastCtNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<T> createNodeView(final int viewIndex, final T nodeModel) {
        return null;
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }
}
