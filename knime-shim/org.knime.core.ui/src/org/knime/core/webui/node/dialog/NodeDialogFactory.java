package org.knime.core.webui.node.dialog;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface NodeDialogFactory {

    NodeDialog createNodeDialog();
}
