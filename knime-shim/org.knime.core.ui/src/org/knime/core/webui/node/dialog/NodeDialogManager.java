package org.knime.core.webui.node.dialog;

import org.knime.core.node.NodeDialogPane;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class NodeDialogManager {

    private NodeDialogManager() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static NodeDialogPane createLegacyFlowVariableNodeDialog(final NodeDialog dialog) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
