package org.knime.core.node;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T>
    implements NodeModelWarningListener {

    protected NodeView(final T nodeModel) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
