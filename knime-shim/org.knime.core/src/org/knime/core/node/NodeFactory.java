package org.knime.core.node;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class NodeFactory<T extends NodeModel> {

    protected NodeFactory() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}
