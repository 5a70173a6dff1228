package org.knime.core.webui.node.impl;

import org.knime.core.node.NodeDescription;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;
import org.knime.core.webui.node.dialog.kai.KaiNodeInterfaceFactory;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class WebUINodeFactory<M extends NodeModel> extends NodeFactory<M>
    implements NodeDialogFactory, KaiNodeInterfaceFactory {

    protected WebUINodeFactory(final WebUINodeConfiguration configuration) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static NodeDescription createNodeDescription(final WebUINodeConfiguration configuration) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final int getNrNodeViews() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final NodeView<M> createNodeView(final int i, final M nodeModel) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final boolean hasDialog() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final DefaultNodeDialog createNodeDialog() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
