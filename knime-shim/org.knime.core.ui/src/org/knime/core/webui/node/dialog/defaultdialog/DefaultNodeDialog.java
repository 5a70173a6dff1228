package org.knime.core.webui.node.dialog.defaultdialog;

import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.node.parameters.NodeParameters;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DefaultNodeDialog implements NodeDialog, DefaultNodeDialogUIExtension {

    public DefaultNodeDialog(final SettingsType settingsType, final Class<? extends NodeParameters> settingsClass) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
