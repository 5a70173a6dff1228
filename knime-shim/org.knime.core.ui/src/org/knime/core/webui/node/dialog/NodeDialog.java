package org.knime.core.webui.node.dialog;

import org.knime.core.webui.UIExtension;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface NodeDialog extends UIExtension {
}
