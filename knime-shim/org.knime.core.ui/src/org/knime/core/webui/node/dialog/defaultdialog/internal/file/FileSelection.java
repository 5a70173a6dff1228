package org.knime.core.webui.node.dialog.defaultdialog.internal.file;

import org.knime.filehandling.core.connections.FSLocation;
import org.knime.node.parameters.persistence.Persistable;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FileSelection implements Persistable {

    public FSLocation m_path;

    public FileSelection() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public FileSelection(final FSLocation fsLocation) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public FSLocation getFSLocation() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
