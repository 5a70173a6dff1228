package org.knime.core.webui.node.impl;

import org.knime.core.node.NodeDescription;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;
import org.knime.core.webui.node.dialog.kai.KaiNodeInterfaceFactory;

/**
 * Test-kit stand-in for {@code org.knime.core.webui.node.impl.WebUINodeFactory} (knime-core-ui,
 * analytics-platform/5.8.2): same supertypes and final methods; no views, a dialog. The dialog and the node
 * description are not part of the kit (they throw {@code UnsupportedOperationException}). Kit only:
 * {@link #kitConfiguration()}.
 *
 * @param <M> the node model
 */
public abstract class WebUINodeFactory<M extends NodeModel> extends NodeFactory<M>
    implements NodeDialogFactory, KaiNodeInterfaceFactory {

    private final WebUINodeConfiguration m_configuration;

    protected WebUINodeFactory(final WebUINodeConfiguration configuration) {
        m_configuration = configuration;
    }

    public static NodeDescription createNodeDescription(final WebUINodeConfiguration configuration) {
        throw new UnsupportedOperationException("node descriptions are not part of the test kit");
    }

    @Override
    public final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<M> createNodeView(final int i, final M nodeModel) {
        return null;
    }

    @Override
    public final boolean hasDialog() {
        return true;
    }

    @Override
    public final DefaultNodeDialog createNodeDialog() {
        throw new UnsupportedOperationException("dialogs are not part of the test kit");
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        throw new UnsupportedOperationException("dialogs are not part of the test kit");
    }

    /** Kit only: the configuration passed to the constructor. */
    public final WebUINodeConfiguration kitConfiguration() {
        return m_configuration;
    }
}
