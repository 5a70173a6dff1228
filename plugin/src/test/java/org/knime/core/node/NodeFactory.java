package org.knime.core.node;

import org.knime.core.node.context.NodeCreationConfiguration;

/**
 * Test-kit stand-in for {@code org.knime.core.node.NodeFactory} (knime-core, analytics-platform/5.8.2): same abstract
 * methods; {@code createNodeModel(NodeCreationConfiguration)} defaults to {@code createNodeModel()} as at the tag. The
 * real constructor loads the node description; the stand-in does nothing. Kit only: {@link #kitCreateNodeModel}
 * (the real package-private {@code callCreateNodeModel}).
 *
 * @param <T> the node model
 */
public abstract class NodeFactory<T extends NodeModel> {

    protected NodeFactory() {
    }

    public abstract T createNodeModel();

    protected T createNodeModel(final NodeCreationConfiguration creationConfig) {
        return createNodeModel();
    }

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();

    /** Kit only: the model for {@code creationConfig} (null: a factory without port configuration). */
    public final T kitCreateNodeModel(final NodeCreationConfiguration creationConfig) {
        return creationConfig == null ? createNodeModel() : createNodeModel(creationConfig);
    }
}
