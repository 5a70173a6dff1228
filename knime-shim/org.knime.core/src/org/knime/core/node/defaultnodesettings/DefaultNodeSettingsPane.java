package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.NodeDialogPane;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class DefaultNodeSettingsPane extends NodeDialogPane {

    public DefaultNodeSettingsPane() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void closeCurrentGroup() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void createNewTab(final String tabTitle) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void setDefaultTabTitle(final String tabTitle) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
